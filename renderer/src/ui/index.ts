/** The design system: small accessible building blocks on the tokens in tokens.css. */
export { Button, type ButtonVariant } from './Button';
export { TextField, SelectField } from './Field';
export { Notice, type NoticeTone } from './Notice';
export { EmptyState } from './EmptyState';
export { PagedListFoot, ShowMore, usePagedList, type PagedList } from './ShowMore';
export { Dialog, DialogClose } from './Dialog';
export { ProgressBar } from './ProgressBar';
export { ErrorBoundary } from './ErrorBoundary';
