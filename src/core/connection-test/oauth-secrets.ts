/**
 * Every form of an access token that could end up in a transcript or a report besides the token itself:
 * the XOAUTH2 initial response as imapflow builds it (`user=…^Aauth=Bearer …^A^A`), which goes out
 * base64-encoded on the AUTHENTICATE line (the Transcript and the report's last check mask each secret and
 * its base64 form). A server quoting the response back, or an error carrying it, must not show the token.
 */
export function secretsOfToken(input: { userName?: string | undefined; accessToken?: string | undefined }): string[] {
  const { accessToken } = input;
  if (!accessToken) return [];
  return [accessToken, `user=${input.userName ?? ''}\x01auth=Bearer ${accessToken}\x01\x01`];
}
