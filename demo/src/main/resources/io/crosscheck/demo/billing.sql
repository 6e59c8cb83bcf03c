-- Billing: the bills it has issued.
CREATE TABLE bills (
  bill_id     BIGINT AUTO_INCREMENT PRIMARY KEY,
  customer_id BIGINT NOT NULL,
  type        VARCHAR(20) NOT NULL,        -- FINAL_BILL, ...
  amount      DECIMAL(10, 2) NOT NULL,
  address     VARCHAR(200),
  status      VARCHAR(20) NOT NULL,        -- ISSUED
  move_id     BIGINT,
  issued_at   TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
