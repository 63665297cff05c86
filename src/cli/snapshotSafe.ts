// Imported first by the built command's entry (bin.ts). node's start-up snapshot cannot hold native
// objects, and a TextDecoder that decoded with `{ stream: true }` holds an ICU converter: fflate
// does exactly that when its module is evaluated (a feature probe). While the snapshot is built,
// TextDecoders made are deferred ones, which take their native decoder on their first use after
// start; the global is given back before the snapshot is written.
import { startupSnapshot } from 'node:v8';

type DecodeInput = Parameters<TextDecoder['decode']>[0];
type DecodeOptions = Parameters<TextDecoder['decode']>[1];

if (startupSnapshot.isBuildingSnapshot()) {
  const NativeTextDecoder = globalThis.TextDecoder;
  let building = true;

  class DeferredTextDecoder {
    readonly #label: string | undefined;
    readonly #options: TextDecoderOptions | undefined;
    #native: TextDecoder | undefined;

    constructor(label?: string, options?: TextDecoderOptions) {
      this.#label = label;
      this.#options = options;
      void new NativeTextDecoder(label, options); // the same RangeError for an unknown encoding
    }

    /** The decoder to use: a throwaway one while building (nothing native is kept in the snapshot). */
    #decoder(): TextDecoder {
      if (building) return new NativeTextDecoder(this.#label, this.#options);
      return (this.#native ??= new NativeTextDecoder(this.#label, this.#options));
    }

    decode(input?: DecodeInput, options?: DecodeOptions): string {
      return this.#decoder().decode(input, options);
    }

    get encoding(): string {
      return this.#decoder().encoding;
    }

    get fatal(): boolean {
      return this.#decoder().fatal;
    }

    get ignoreBOM(): boolean {
      return this.#decoder().ignoreBOM;
    }
  }

  globalThis.TextDecoder = DeferredTextDecoder as unknown as typeof TextDecoder;
  startupSnapshot.addSerializeCallback(() => {
    building = false;
    globalThis.TextDecoder = NativeTextDecoder;
  });
}
