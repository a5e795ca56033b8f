import { AddressRateLimit } from './address-rate-limit';

export interface ConnectionRateOptions {
  /** Per client address: new connections per second on average, and at once (CONNECTIONS_PER_SECOND, _BURST). */
  perSecond: number;
  burst: number;
  /** Per device key: per minute on average, and at once (DEVICE_CONNECTIONS_PER_MINUTE, DEVICE_CONNECTION_BURST). */
  devicePerMinute: number;
  deviceBurst: number;
  /** Device keys remembered at most (least recently seen forgotten first): memory stays bounded. */
  maxDevices?: number;
}

/**
 * How fast new WebSocket connections may be opened: a large token bucket per client address and a small one per
 * device key. A venue behind one NAT is one address, so the address's budget is sized for a whole plenary
 * reconnecting at once; it is the ceiling nobody at that address can pass, however many device keys they make up
 * (keys are free). The device's budget is what keeps one misbehaving app or script from spending the address's: an
 * attempt its device's budget refuses spends nothing of the address's, so the people sharing that address still get
 * in. Connections without a device key (projectors, malformed requests) have only the address's budget.
 */
export class ConnectionRate {
  private readonly addresses: AddressRateLimit;
  private readonly devices: AddressRateLimit;

  constructor(options: ConnectionRateOptions) {
    this.addresses = new AddressRateLimit({ perHour: options.perSecond * 3600, burst: options.burst });
    this.devices = new AddressRateLimit({
      perHour: options.devicePerMinute * 60,
      burst: options.deviceBurst,
      maxAddresses: options.maxDevices ?? 50_000,
    });
  }

  /** Spends one connection of the address's budget and the device's: 0 when allowed, else seconds to wait. */
  take(address: string, deviceKey: string | null, now = Date.now()): number {
    // The device's budget is only looked at here (an unknown key is not even remembered), and spent once the
    // address's allowed the attempt: being refused by the address must not use up a device's own budget.
    const deviceWait = deviceKey === null ? 0 : this.devices.wait(deviceKey, now);
    if (deviceWait > 0) return deviceWait;
    const addressWait = this.addresses.take(address, now);
    if (addressWait > 0) return addressWait;
    if (deviceKey !== null) this.devices.take(deviceKey, now);
    return 0;
  }
}
