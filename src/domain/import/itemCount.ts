/** How many items, in words: "6 strategies and 14 tactics", "1 strategy", "nothing". */
export function itemCount(strategies: number, tactics: number): string {
  const parts = [
    ...(strategies > 0 ? [counted(strategies, 'strategy', 'strategies')] : []),
    ...(tactics > 0 ? [counted(tactics, 'tactic', 'tactics')] : []),
  ];
  return parts.length === 0 ? 'nothing' : parts.join(' and ');
}

/** A count with its noun: "1 strategy", "3 strategies". */
export function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
