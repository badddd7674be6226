import { useCallback, useEffect, useRef, useState } from 'react';
import { formErrors, hasMessages, type FieldMap, type FieldMessages } from './fieldErrors';

/**
 * A form's messages: what the checks found before sending, then where the service's refusal
 * belongs (a field, or the alert for the rest). Either way the keyboard moves to the first field
 * to fix, once it is on screen.
 */
export function useFormMessages<F extends string>(map: FieldMap<F>, order: readonly F[]) {
  const formRef = useRef<HTMLFormElement>(null);
  const [messages, setMessages] = useState<FieldMessages<F>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ field: F } | null>(null);

  useEffect(() => {
    if (focusRequest) formRef.current?.querySelector<HTMLElement>(`[name="${focusRequest.field}"]`)?.focus();
  }, [focusRequest]);

  const show = (found: FieldMessages<F>, general: unknown) => {
    setMessages(found);
    setFailure(general);
    const first = order.find((f) => found[f]);
    if (first) setFocusRequest({ field: first });
  };

  /** Shows what `found` says, or else sends; resolves true when the service took it. */
  const submit = async (found: FieldMessages<F>, send: () => Promise<unknown>): Promise<boolean> => {
    show(found, null);
    if (hasMessages(found)) return false;
    setIsBusy(true);
    try {
      await send();
      return true;
    } catch (error) {
      const placed = formErrors(error, map);
      show(placed.fields, placed.general);
      return false;
    } finally {
      setIsBusy(false);
    }
  };

  /** The person is fixing a field: its message goes. */
  const clear = useCallback((field: F) => setMessages(({ [field]: _fixed, ...rest }) => rest as FieldMessages<F>), []);

  return { formRef, messages, failure, isBusy, submit, clear };
}
