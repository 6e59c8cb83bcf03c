-- Consumption: meters and their monthly readings.
CREATE TABLE meters (
  meter_id    VARCHAR(20) PRIMARY KEY,
  customer_id BIGINT NOT NULL,
  tariff      VARCHAR(20) NOT NULL        -- STANDARD, GREEN or NIGHT_SAVER
);

CREATE TABLE meter_readings (
  meter_id     VARCHAR(20) NOT NULL REFERENCES meters (meter_id),
  reading_date DATE NOT NULL,
  kwh          DECIMAL(10, 1) NOT NULL,
  PRIMARY KEY (meter_id, reading_date)
);

INSERT INTO meters VALUES
  ('M-1001', 1001, 'STANDARD'),
  ('M-1002', 1002, 'GREEN'),
  ('M-1004', 1004, 'NIGHT_SAVER'),
  ('M-1005', 1005, 'STANDARD'),
  ('M-1007', 1007, 'GREEN'),
  ('M-1009', 1009, 'STANDARD'),
  ('M-1010', 1010, 'NIGHT_SAVER'),
  ('M-1012', 1012, 'GREEN');

-- twelve monthly readings per meter for 2025, the same on every start
INSERT INTO meter_readings (meter_id, reading_date, kwh)
SELECT m.meter_id,
       DATEADD(MONTH, r.n - 1, DATE '2025-01-01'),
       180 + MOD(r.n * 37 + m.customer_id * 11, 120) + 0.5
  FROM meters m
 CROSS JOIN (VALUES 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12) AS r (n);
