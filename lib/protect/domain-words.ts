// Word lists the look-alike rules read (lib/protect/lookalike.ts). Data, not logic.

/**
 * Words phishing domains put next to a brand to look like one of its services
 * ("paypal-login-verify.com", "binance-support.net", "okx-kefu.top").
 */
export const LURE_TOKENS: ReadonlySet<string> = new Set(
  (
    'login logon signin signon secure security safe verify verification verified validate validation update unlock unlocked ' +
    'restore recovery recover refund refunds claim claims reward rewards bonus airdrop giveaway promo gift support help helpdesk ' +
    'helpline hotline service services customer customers care contact team official account accounts auth authentication ' +
    'authenticate connect sync dapp dapps kyc alert alerts notice center centre desk chat live online portal access id ' +
    'wallet wallets web app mobile review appeal unfreeze unblock confirm confirmation billing invoice payment payments ' +
    'resolution dispute disputes case cases limited limit locked suspended verif kefu kf tuikuan lipei zhuihui ' +
    'pro exchange trade trading invest investment defi web3 nft token tokens claimdrop migrate migration bridge'
  ).split(' '),
);

/**
 * Top-level domains where most registrations seen in phishing reports sit (cheap or free, rarely
 * used by established companies). A registry brand's exact name under one of them is warned
 * about; under a country code (paypal.de, bybit.eu) it is not, since providers own many of those.
 */
export const ABUSED_TLDS: ReadonlySet<string> = new Set(
  (
    'xyz top shop online site live icu buzz cyou club vip tk ml ga cf gq sbs cfd rest bond lol monster fun space website ' +
    'store tech pw cc ws su biz work click link support help services finance money exchange cam quest mom beauty hair ' +
    'skin autos boats homes motorcycles yachts lat today life world digital network solutions email asia one pro ink win ' +
    'bid loan date trade party review stream download racing accountant science men gdn kim ren wang xin ltd group'
  ).split(' '),
);

/**
 * Free hosting, site builders and form services (matched against the registrable domain or the
 * private suffix): a provider's name on one of these is not the provider. Paths count for the
 * services that put sites in paths (sites.google.com/view/…, docs.google.com/forms/…).
 */
export const HOSTING_SUFFIXES: ReadonlySet<string> = new Set(
  (
    'github.io gitlab.io netlify.app netlify.com vercel.app now.sh pages.dev workers.dev web.app firebaseapp.com ' +
    'herokuapp.com glitch.me repl.co replit.app replit.dev onrender.com fly.dev surge.sh ngrok.io ngrok-free.app ngrok.app ' +
    'azurewebsites.net cloudfront.net r2.dev appspot.com blogspot.com wordpress.com wixsite.com wix.com weebly.com ' +
    'webflow.io square.site godaddysites.com myshopify.com carrd.co notion.site tilda.ws strikingly.com site123.me ' +
    'jimdosite.com jimdo.com yolasite.com webnode.page webnode.com 000webhostapp.com freehostia.com byethost.com ' +
    'infinityfreeapp.com epizy.com rf.gd ucoz.net ucoz.com mystrikingly.com framer.app framer.website typedream.app ' +
    'ipfs.io dweb.link cloudflare-ipfs.com fleek.co on.fleek.co 4everland.app webcindario.com hpage.com ' +
    'typeform.com jotform.com formstack.com form.jotform.com forms.gle forms.office.com wufoo.com zohopublic.com ' +
    'formsite.com 123formbuilder.com cognitoforms.com paperform.co tally.so linktr.ee beacons.ai wa.link'
  ).split(' '),
);

/** Hosts whose sites live in their paths: the first path segments are read for brand names. */
export const PATH_HOSTS: ReadonlySet<string> = new Set([
  'sites.google.com',
  'docs.google.com',
  'forms.office.com',
  'form.jotform.com',
  'linktr.ee',
  'tally.so',
  'wa.link',
]);
