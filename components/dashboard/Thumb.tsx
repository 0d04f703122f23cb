import { useEffect, useState } from 'react';
import type { EvidenceRecord } from '@/lib/db/types';
import { thumbnailUrl } from '@/lib/db/evidence-view';

/** The record's thumbnail, loaded lazily from the blob table. */
export function Thumb({ record }: { record: EvidenceRecord }) {
  const [url, setUrl] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a record never changes once written; its id names it
  useEffect(() => {
    let made: string | null = null;
    void thumbnailUrl(record).then((u) => {
      made = u;
      setUrl(u);
    });
    return () => {
      if (made) URL.revokeObjectURL(made);
    };
  }, [record.id]);
  return url ? <img src={url} alt="" loading="lazy" /> : <span className="thumb-placeholder" />;
}
