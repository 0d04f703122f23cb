/** Artifact file names become bundle paths (`evidence/<seq>-<id>/<name>`): keep them plain. */
export const ARTIFACT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** Record and case ids are UUIDs here; imports accept any id that is safe in a path. */
export const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** The folder of one record inside a bundle. */
export function recordDir(seq: number, id: string): string {
  return `evidence/${seq}-${id}`;
}
