/**
 * Aho-Corasick over folded text, compiled to a dense table (state x symbol), so the scan does one table read per
 * unit however many terms there are. Units no pattern contains share symbol 0.
 */
export interface PatternMatcher {
  /** Calls `onMatch(pattern, end)` for every occurrence, `end` exclusive. */
  scan(units: Uint16Array, length: number, onMatch: (pattern: number, end: number) => void): void;
  readonly patternLengths: Int32Array;
  /** One transition, for callers that feed units themselves. */
  step(state: number, unit: number): number;
  /** True when some pattern ends in this state. */
  isMatch(state: number): boolean;
  /** The automaton itself, for a caller that runs its own loop: `delta[state * symbols + symbolOf[unit]]`. */
  readonly tables: {
    readonly delta: Int32Array;
    readonly symbolOf: Uint16Array;
    readonly symbols: number;
    readonly hasOutput: Uint8Array;
  };
}

export function buildMatcher(patterns: readonly Uint16Array[]): PatternMatcher {
  const symbolOf = new Uint16Array(65_536);
  let symbols = 1;
  for (const pattern of patterns) {
    for (const unit of pattern) if (symbolOf[unit] === 0) symbolOf[unit] = symbols++;
  }

  // The trie, with child lists in a map while building.
  const children: Map<number, number>[] = [new Map()];
  const outputs: number[][] = [[]];
  patterns.forEach((pattern, index) => {
    let state = 0;
    for (const unit of pattern) {
      const symbol = symbolOf[unit] as number;
      let next = children[state]?.get(symbol);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        outputs.push([]);
        children[state]?.set(symbol, next);
      }
      state = next;
    }
    outputs[state]?.push(index);
  });

  const states = children.length;
  const delta = new Int32Array(states * symbols);
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let symbol = 0; symbol < symbols; symbol++) {
    const child = children[0]?.get(symbol);
    if (child !== undefined) {
      delta[symbol] = child;
      queue.push(child);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    const f = fail[state] as number;
    outputs[state]?.push(...(outputs[f] ?? []));
    for (let symbol = 0; symbol < symbols; symbol++) {
      const child = children[state]?.get(symbol);
      if (child !== undefined) {
        fail[child] = delta[f * symbols + symbol] as number;
        delta[state * symbols + symbol] = child;
        queue.push(child);
      } else {
        delta[state * symbols + symbol] = delta[f * symbols + symbol] as number;
      }
    }
  }

  const outStart = new Int32Array(states + 1);
  const flat: number[] = [];
  for (let state = 0; state < states; state++) {
    outStart[state] = flat.length;
    flat.push(...(outputs[state] ?? []));
  }
  outStart[states] = flat.length;
  const outList = Int32Array.from(flat);
  const hasOutput = new Uint8Array(states);
  for (let state = 0; state < states; state++)
    hasOutput[state] = outStart[state + 1]! > outStart[state]! ? 1 : 0;

  return {
    patternLengths: Int32Array.from(patterns.map((p) => p.length)),
    step: (state, unit) => delta[state * symbols + (symbolOf[unit] as number)] as number,
    isMatch: (state) => hasOutput[state] === 1,
    tables: { delta, symbolOf, symbols, hasOutput },
    scan(units, length, onMatch) {
      let state = 0;
      for (let k = 0; k < length; k++) {
        state = delta[state * symbols + (symbolOf[units[k] as number] as number)] as number;
        if (hasOutput[state] === 1) {
          for (let j = outStart[state] as number, e = outStart[state + 1] as number; j < e; j++)
            onMatch(outList[j] as number, k + 1);
        }
      }
    },
  };
}
