/** The floor's sign-in form: never shown (nobody picks a name), so nothing (see ../main.tsx). */
export function SignInForm(): null {
  return null;
}
