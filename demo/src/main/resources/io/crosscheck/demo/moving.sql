-- Moving: the moving requests it has handled.
CREATE TABLE moves (
  move_id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  customer_id       BIGINT NOT NULL,
  from_address      VARCHAR(200),
  to_address        VARCHAR(200),
  move_date         DATE,
  final_reading_kwh DECIMAL(10, 1),
  status            VARCHAR(20) NOT NULL,   -- BILLED or REJECTED
  reason            VARCHAR(200),           -- why a request was rejected
  trace_id          VARCHAR(64),
  received_at       TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
