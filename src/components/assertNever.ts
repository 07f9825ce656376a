/** The default of an exhaustive switch: a new case is a type error here, never a silent blank. */
export function assertNever(value: never): never {
  throw new Error(`Unerwarteter Wert: ${JSON.stringify(value)}`);
}
