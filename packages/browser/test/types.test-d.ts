// Type-checked by `pnpm typecheck` (test/tsconfig.json), against the built declarations: what a
// consumer of the package sees. Nothing here runs.
import {
  Orq,
  OrqCore,
  routerImagesEditsCreate,
  routerImagesVariationsCreate,
  type BrowserFileInput,
  type BrowserMethods,
  type FileInput,
  type RequestOptions,
  type WithBrowserFiles,
  // Named in the compiler's messages, so exported to be looked up.
  type IsFileField,
  type WithBrowserArgument,
  type WithBrowserInputs,
} from "@orq-sdk/browser";

declare const files: FileList;
declare const canvas: HTMLCanvasElement;
declare const offscreen: OffscreenCanvas;
declare const response: Response;
declare const blob: Blob;

export async function typeChecks(): Promise<void> {
  const orq = new Orq({ serverURL: "/api/orq" });
  await orq.router.images.edits.create({ model: "m", prompt: "p", image: files });
  await orq.router.images.edits.create({
    model: "m",
    prompt: "p",
    image: [canvas, offscreen, "data:image/png;base64,AA==", new URL("https://x/a.png"), response],
  });
  await orq.router.images.variations.create({ model: "m", image: canvas });
  // A variation takes one image: a FileList goes in whole (its one file is sent).
  await orq.router.images.variations.create({ model: "m", image: files });
  // @ts-expect-error a variation takes one image, not a list
  await orq.router.images.variations.create({ model: "m", image: [blob, blob] });
  // @ts-expect-error a number is not an image
  await orq.router.images.edits.create({ model: "m", prompt: "p", image: 42 });
  // @ts-expect-error other fields keep their types
  await orq.router.images.edits.create({ model: "m", prompt: 1, image: blob });

  const core = new OrqCore({ serverURL: "/api/orq", apiKey: async () => "token" });
  const edit = await routerImagesEditsCreate(core, { model: "m", prompt: "p", image: files });
  if (edit.ok) edit.value.data[0]?.b64Json satisfies string | undefined | null;
  await routerImagesVariationsCreate(core, { model: "m", image: "/a.png" });

  // A request with parameters: the body's file fields take browser inputs under its key, be it
  // `requestBody` or a named body's (`updateFileRequest`, as the official SDK names it).
  type UpdateFile = WithBrowserFiles<{ fileId: string; updateFileRequest: { file: FileInput } }>;
  const named: UpdateFile = { fileId: "f1", updateFileRequest: { file: files } };
  // @ts-expect-error the parameter keeps its type
  const badId: UpdateFile = { fileId: 1, updateFileRequest: { file: canvas } };
  void [named, badId];

  // A `date-time` field (a regenerated SDK's) stays a Date, not an object walked for files.
  type Query = WithBrowserFiles<{ from: Date; image: FileInput }>;
  const query: Query = { from: new Date(), image: files };
  query.from.getTime() satisfies number;

  // Methods that take their arguments one by one (a regenerated SDK's, where the spec asks for
  // it): each argument's files take browser inputs, the options stay options.
  type Positional = BrowserMethods<{
    avatar: {
      set(body: { image: FileInput }, agentKey: string, options?: RequestOptions): Promise<void>;
    };
    list(limit?: number, after?: string, options?: RequestOptions): Promise<string[]>;
    // A raw body (the file itself) given on its own.
    upload(file: FileInput, key: string, options?: RequestOptions): Promise<void>;
  }>;
  const methods = {} as Positional;
  await methods.avatar.set({ image: files }, "a1", { timeoutMs: 5 });
  await methods.list(10, "x", { retries: { strategy: "none" } });
  await methods.list();
  await methods.upload(files, "k1", { timeoutMs: 5 });
  await methods.upload(canvas, "k1");
  // @ts-expect-error a number is not a file
  await methods.upload(42, "k1");
  // @ts-expect-error the key is a string
  await methods.avatar.set({ image: canvas }, 1);
  // @ts-expect-error options are options, not a third positional value
  await methods.list(10, "x", 5);

  const input: BrowserFileInput = canvas;
  void input;
  // An instance is still core's client at run time.
  orq.serverURL satisfies string;
}

// The types the compiler's messages name resolve to the browser's inputs.
export const oneImage: WithBrowserInputs<FileInput | undefined> = files;
export const isFile: IsFileField<FileInput[] | undefined> = true;
export const argument: WithBrowserArgument<{ image: FileInput }> = { image: canvas };
