/** Where translint lives; every link a report prints is built from this one constant. */
export const REPOSITORY_URL = 'https://github.com/translint/translint';

/** The rule's documentation page (the .md beside the rule's code). */
export function ruleDocUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/src/checks/${ruleId}.md`;
}
