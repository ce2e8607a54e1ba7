/**
 * The part of pym.js 1.3 (a UMD bundle without types) the embed uses: the Child half.
 */
declare module 'pym.js' {
  export interface ChildConfig {
    /** Used when the URL has no `childId` (pym's Parent adds one). */
    id?: string;
    /** Regex source (pym appends `$`) the parent's origin must match, or '*'. */
    xdomain?: string;
    renderCallback?: (width: number) => void;
    polling?: number;
  }

  export interface Child {
    id: string;
    parentUrl: string;
    sendHeight(): string;
    sendMessage(type: string, message: string): void;
    onMessage(type: string, callback: (message: string) => void): void;
    remove(): void;
  }

  const pym: {
    Child: new (config?: ChildConfig) => Child;
  };
  export default pym;
}
