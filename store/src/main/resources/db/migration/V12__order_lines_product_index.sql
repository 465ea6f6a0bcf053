-- A product's page sums its own order lines by month; without this it read every line of the shop.
CREATE INDEX order_lines_product ON order_lines (product_id);
