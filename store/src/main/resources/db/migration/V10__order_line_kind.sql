-- What an order line is: a product, or postage, a fee, a discount, a gift voucher or a manual correction
-- (LineKind). Real retail exports mix these with the goods; analyses of products read 'product' lines only.
ALTER TABLE order_lines ADD COLUMN line_kind VARCHAR(16) DEFAULT 'product' NOT NULL;
