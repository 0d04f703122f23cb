import type { ReactNode } from 'react';

/** A link out of the extension: tel:/mailto: as they are, https in a new tab. Never page-supplied. */
export function ExternalLink({
  href,
  children,
  className,
  title,
}: {
  href: string;
  children: ReactNode;
  className?: string;
  title?: string;
}) {
  const web = href.startsWith('https:');
  return (
    <a
      className={className ?? 'ext-link'}
      href={href}
      {...(title ? { title } : {})}
      {...(web ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
    >
      {children}
    </a>
  );
}
