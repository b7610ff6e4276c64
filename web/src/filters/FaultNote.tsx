/** The API's message under the filter it refused; empty (but present, for aria-describedby) otherwise. */
export function FaultNote({ id, message }: { id: string; message: string | undefined }) {
  return (
    <small id={id} className="field-error" hidden={!message}>
      {message}
    </small>
  );
}
