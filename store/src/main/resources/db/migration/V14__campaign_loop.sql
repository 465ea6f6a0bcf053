-- Closing the campaign loop (issue 16): a support conversation may be tied to the customer it is with (NULL for the
-- widget's anonymous visitors; a forgotten customer's conversations are deleted by their erasure step), and each
-- campaign says whether its promotion holds back customers with a recent complaint (on unless switched off; the
-- rule only applies to promotions).
ALTER TABLE support_conversations ADD COLUMN customer_id VARCHAR(64);
CREATE INDEX support_conversations_customer ON support_conversations (customer_id, status);

ALTER TABLE campaigns ADD COLUMN hold_back_complaints BOOLEAN DEFAULT TRUE NOT NULL;
