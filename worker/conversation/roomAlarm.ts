/**
 * A room's one alarm serves the snooze's end and email continuation. Only the room sets it, so its
 * time is read from storage once per wake-up and kept: every admin reply asks for an email check,
 * and reading the alarm each time cost a storage call per message.
 */
export class RoomAlarm {
  /** When the alarm is set for (null: none); undefined until read after a wake-up. */
  private at: number | null | undefined;

  constructor(private readonly storage: DurableObjectStorage) {}

  /** Sets the alarm unless it is already due sooner: the alarm handler sets the next one after running. */
  async wakeAt(ms: number): Promise<void> {
    if (this.at === undefined) this.at = await this.storage.getAlarm();
    if (this.at === null || this.at > ms) await this.set(ms);
  }

  async set(ms: number): Promise<void> {
    this.at = ms;
    await this.storage.setAlarm(ms);
  }

  /** The alarm went off: none is pending until the room sets the next. */
  fired(): void {
    this.at = null;
  }

  async cancel(): Promise<void> {
    await this.storage.deleteAlarm();
    this.at = null;
  }
}
