// "Edit & re-check": open a modal with the draft editable (reviewed on submit).
import type { AppDeps } from '../../deps.js';
import { decodeEdit } from '../../draft-form.js';
import { editModal } from '../../views/edit-modal.js';
import type { ActionArgs } from '../args.js';

export function editDraft(_deps: AppDeps) {
  return async ({ ack, body, action, client }: ActionArgs) => {
    await ack();
    const edit = decodeEdit(action.value);
    if (!edit) throw new Error('edit_draft without a valid value');
    await client.views.open({
      trigger_id: body.trigger_id,
      view: editModal({ note: edit.note, target: edit.target }),
    });
  };
}
