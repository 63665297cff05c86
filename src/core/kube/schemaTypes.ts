// The shape of the precompiled (ajv standalone) validators the kubernetes-models packages ship.

export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

export type RawValidate = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/** Errors of one object against its kind's schema ([] when valid). */
export type ObjectValidator = (data: unknown) => SchemaError[];

export function fromRaw(validate: RawValidate): ObjectValidator {
  return (data) => (validate(data) ? [] : [...(validate.errors ?? [])]);
}

interface ModelClass {
  prototype: { validate(this: unknown): void };
}

/** A model class whose prototype.validate throws a ValidationError carrying ajv's errors. */
export function fromModel(model: ModelClass): ObjectValidator {
  return (data) => {
    try {
      model.prototype.validate.call(data);
      return [];
    } catch (e) {
      const errors = (e as { errors?: unknown }).errors;
      return Array.isArray(errors) ? (errors as SchemaError[]) : [];
    }
  };
}
