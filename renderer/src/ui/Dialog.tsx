import * as RadixDialog from '@radix-ui/react-dialog';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import './ui.css';

/**
 * A modal dialog (Radix): focus is trapped inside and returned on close; Escape closes it.
 *
 * Our dialogs open from state rather than from a Radix trigger, so Radix would not know where focus came
 * from. The dialog remembers the focused element when it opens and puts focus back there when it closes.
 */
export function Dialog({
  isOpen,
  onOpenChange,
  title,
  description,
  children,
  role = 'dialog',
}: {
  readonly isOpen: boolean;
  readonly onOpenChange: (isOpen: boolean) => void;
  readonly title: ReactNode;
  readonly description?: ReactNode;
  readonly children: ReactNode;
  readonly role?: 'dialog' | 'alertdialog';
}) {
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    // Runs before Radix moves focus into the dialog, so activeElement is still the opener.
    if (isOpen && document.activeElement instanceof HTMLElement) opener.current = document.activeElement;
  }, [isOpen]);
  return (
    <RadixDialog.Root open={isOpen} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog__overlay" />
        <RadixDialog.Content
          className="dialog"
          role={role}
          onCloseAutoFocus={(event) => {
            const element = opener.current;
            opener.current = null;
            if (element?.isConnected) {
              event.preventDefault();
              element.focus();
            }
          }}
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <RadixDialog.Title className="dialog__title">{title}</RadixDialog.Title>
          {description ? (
            <RadixDialog.Description className="dialog__description">{description}</RadixDialog.Description>
          ) : null}
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** A button that closes the surrounding dialog. */
export const DialogClose = RadixDialog.Close;
