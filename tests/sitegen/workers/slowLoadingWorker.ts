/** A pool worker module that takes a while to load, as the page worker does on a busy machine. */
await new Promise((resolve) => setTimeout(resolve, 400));

export function renderPages(): string {
  return 'rendered';
}
