import { describe, expect, it } from "vitest";
import { notificationBody } from "./notification.ts";

const delivery = { notificationId: "notif_1", topic: "contact.lead.created", appId: "demo", eventCreatedAt: 1700000000, item: '{"type":"contact","id":"c1"}', attempts: 2, firstSentAt: 1700000005 };

describe("notificationBody", () => {
  it("is the contract's notification_event with the item inside", () => {
    expect(JSON.parse(notificationBody(delivery))).toEqual({
      type: "notification_event",
      id: "notif_1",
      topic: "contact.lead.created",
      app_id: "demo",
      created_at: 1700000000,
      delivery_attempts: 2,
      first_sent_at: 1700000005,
      data: { type: "notification_event_data", item: { type: "contact", id: "c1" } },
    });
  });

  it("keeps the notification's id across attempts and counts them", () => {
    const again = JSON.parse(notificationBody({ ...delivery, attempts: 3 }));
    expect(again).toMatchObject({ id: "notif_1", delivery_attempts: 3 });
  });
});
