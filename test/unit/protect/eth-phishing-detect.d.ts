// The package ships no types; the tests compare our index with its detector.
declare module 'eth-phishing-detect/src/detector.js' {
  export default class PhishingDetector {
    constructor(config: { whitelist: string[]; blacklist: string[]; fuzzylist: string[]; tolerance: number });
    check(domain: string): { result: boolean; type: string; match?: string };
  }
}
