/** The bundled demo pages and the real wallet URLs they are served at (npm start, e2e). */
export const DEMO_PAGES = [
  {
    url: 'https://www.paypal.com/myaccount/activity/details/8RT01234FA5678901',
    file: 'test/fixtures/pages/paypal-payment-declined.html',
  },
  {
    url: 'https://consumeprod.alipay.com/record/detail.htm?bizNo=20261126200040011100560012345678',
    file: 'test/fixtures/pages/alipay-transfer-failed.html',
  },
  {
    url: 'https://www.paypal.com/us/smarthelp/contact-us',
    file: 'test/fixtures/pages/paypal-contact-us.html',
  },
] as const;
