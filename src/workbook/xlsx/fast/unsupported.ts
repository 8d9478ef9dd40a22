/** Something the fast reader does not reproduce exactly: the caller reads with ExcelJS instead. */
export class Unsupported extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "Unsupported";
  }
}
