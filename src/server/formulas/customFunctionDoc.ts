/** What Sheets shows in autocomplete for a custom function; the build turns it into JSDoc. */
export interface CustomFunctionDoc {
  readonly summary: string;
  readonly params: readonly {
    readonly name: string;
    readonly type: string;
    readonly description: string;
    readonly optional?: true;
  }[];
  readonly returns: { readonly type: string; readonly description: string };
  readonly example: string;
}
