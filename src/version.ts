/** The package version; the build writes it in (`__VERSION__` in the TypeScript source). */
export const VERSION: string = '__VERSION__';
