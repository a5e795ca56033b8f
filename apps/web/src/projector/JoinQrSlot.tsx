/**
 * Where the join QR code goes: for now the address and the code as large text, with the props of the `JoinQr`
 * component it stands in for (`{ url, code, size }`), so one can replace the other.
 */
export function JoinQrSlot({ url, code, size }: { url: string; code: string; size: number }) {
  return (
    <div className="join-qr-slot" style={{ minInlineSize: size }} data-testid="join-qr-slot">
      <p className="join-url">{url}</p>
      <p className="join-code">{code}</p>
    </div>
  );
}
