-- Customer Profile: who the utility's customers are.
CREATE TABLE customer_profile (
  customer_id  BIGINT PRIMARY KEY,
  first_name   VARCHAR(100) NOT NULL,
  last_name    VARCHAR(100) NOT NULL,
  email        VARCHAR(200) UNIQUE,
  is_active    BOOLEAN NOT NULL,
  created_date DATE NOT NULL
);

INSERT INTO customer_profile VALUES
  (1001, 'Ada',      'Lovelace', 'ada.lovelace@example.com',   TRUE,  DATE '2019-03-14'),
  (1002, 'Alan',     'Turing',   'alan.turing@example.com',    TRUE,  DATE '2019-06-23'),
  (1003, 'Grace',    'Hopper',   'grace.hopper@example.com',   FALSE, DATE '2020-01-09'),
  (1004, 'Edsger',   'Dijkstra', 'edsger.dijkstra@example.com', TRUE, DATE '2020-05-11'),
  (1005, 'Barbara',  'Liskov',   'barbara.liskov@example.com', TRUE,  DATE '2021-02-07'),
  (1006, 'Donald',   'Knuth',    'donald.knuth@example.com',   FALSE, DATE '2021-08-30'),
  (1007, 'Margaret', 'Hamilton', 'margaret.hamilton@example.com', TRUE, DATE '2022-04-17'),
  (1008, 'Dennis',   'Ritchie',  'dennis.ritchie@example.com', FALSE, DATE '2022-09-02'),
  (1009, 'Frances',  'Allen',    'frances.allen@example.com',  TRUE,  DATE '2023-01-25'),
  (1010, 'Ken',      'Thompson', 'ken.thompson@example.com',   TRUE,  DATE '2023-07-19'),
  (1011, 'Radia',    'Perlman',  'radia.perlman@example.com',  FALSE, DATE '2024-03-03'),
  (1012, 'Tim',      'Berners-Lee', 'tim.berners-lee@example.com', TRUE, DATE '2024-11-12');
