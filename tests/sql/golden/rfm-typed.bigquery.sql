-- Segmenter: "RFM segments" as one query for BigQuery.
-- Reads `orders`, one row per order row, with these columns:
--   `order_id` (text): order id
--   `customer_id` (text): customer id
--   `order_date` (DATE or TIMESTAMP): order date
--   `amount` (numeric): amount
--   `quantity` (numeric): quantity
--   `product_category` (text): product category
--   `country` (text): country
--   `region` (text): region / state
--   `postal_code` (text): postal code
--   `customer_age` (numeric): age
--   `customer_gender` (text): gender
--   `email` (text): e-mail
-- Returns one row per customer: customer_id, segment, and the measures. Rows without a
-- customer, orders without a date or amount, cancelled, refunded, unpaid and test orders
-- are left out as the page leaves them out; negative amounts are refunds.
-- Recency is measured from the day after the latest order.
WITH
  raw AS (
    SELECT TRIM(CAST(`order_id` AS STRING)) AS order_id,
      TRIM(CAST(`customer_id` AS STRING)) AS customer_id,
      CAST(`order_date` AS DATE) AS order_date,
      CAST(`amount` AS FLOAT64) AS amount,
      CAST(`quantity` AS FLOAT64) AS quantity,
      TRIM(CAST(`product_category` AS STRING)) AS category,
      TRIM(CAST(`country` AS STRING)) AS country,
      TRIM(CAST(`region` AS STRING)) AS region,
      TRIM(CAST(`postal_code` AS STRING)) AS postal_code,
      CAST(`customer_age` AS FLOAT64) AS age,
      TRIM(CAST(`customer_gender` AS STRING)) AS gender,
      TRIM(CAST(`email` AS STRING)) AS email
    FROM `orders`
  ),
  src AS (
    SELECT COALESCE(CASE WHEN LOWER(CASE WHEN SUBSTR(customer_id, 1, 1) = '\'' AND REGEXP_CONTAINS(SUBSTR(customer_id, 2), r'^[0-9 +-]+$') THEN SUBSTR(customer_id, 2) ELSE customer_id END) IN ('', '0', '-', 'guest', 'none', 'n/a', 'null') THEN NULL ELSE CASE WHEN SUBSTR(customer_id, 1, 1) = '\'' AND REGEXP_CONTAINS(SUBSTR(customer_id, 2), r'^[0-9 +-]+$') THEN SUBSTR(customer_id, 2) ELSE customer_id END END, CASE WHEN LOWER(CASE WHEN SUBSTR(email, 1, 1) = '\'' AND REGEXP_CONTAINS(SUBSTR(email, 2), r'^[0-9 +-]+$') THEN SUBSTR(email, 2) ELSE email END) IN ('', '0', '-', 'guest', 'none', 'n/a', 'null') THEN NULL ELSE LOWER(CASE WHEN SUBSTR(email, 1, 1) = '\'' AND REGEXP_CONTAINS(SUBSTR(email, 2), r'^[0-9 +-]+$') THEN SUBSTR(email, 2) ELSE email END) END) AS customer_id,
      NULLIF(order_id, '') AS order_id,
      order_date AS day,
      CAST(ROUND(amount * 10000) AS INT64) AS money,
      CAST(NULL AS INT64) AS priced,
      CAST(NULL AS INT64) AS refunded,
      CAST(NULL AS STRING) AS status,
      0 AS cancelled,
      0 AS discounted,
      NULLIF(CASE WHEN SUBSTR(category, 1, 1) = '\'' AND REGEXP_CONTAINS(SUBSTR(category, 2), r'^[0-9 +-]+$') THEN SUBSTR(category, 2) ELSE category END, '') AS category,
      NULLIF(CASE WHEN SUBSTR(email, 1, 1) = '\'' AND REGEXP_CONTAINS(SUBSTR(email, 2), r'^[0-9 +-]+$') THEN SUBSTR(email, 2) ELSE email END, '') AS email,
      NULLIF(CASE WHEN SUBSTR(country, 1, 1) = '\'' AND REGEXP_CONTAINS(SUBSTR(country, 2), r'^[0-9 +-]+$') THEN SUBSTR(country, 2) ELSE country END, '') AS country,
      NULLIF(CASE WHEN SUBSTR(region, 1, 1) = '\'' AND REGEXP_CONTAINS(SUBSTR(region, 2), r'^[0-9 +-]+$') THEN SUBSTR(region, 2) ELSE region END, '') AS region,
      NULLIF(CASE WHEN SUBSTR(postal_code, 1, 1) = '\'' AND REGEXP_CONTAINS(SUBSTR(postal_code, 2), r'^[0-9 +-]+$') THEN SUBSTR(postal_code, 2) ELSE postal_code END, '') AS postal_code,
      NULLIF(CASE WHEN SUBSTR(gender, 1, 1) = '\'' AND REGEXP_CONTAINS(SUBSTR(gender, 2), r'^[0-9 +-]+$') THEN SUBSTR(gender, 2) ELSE gender END, '') AS gender_written,
      CASE WHEN MAX(CASE WHEN LOWER(gender) IN ('h', 'h.') THEN 1 ELSE 0 END) OVER () = 1 AND MAX(CASE WHEN LOWER(gender) IN ('f', 'f.', 'w', 'w.', 'v', 'v.') THEN 1 ELSE 0 END) OVER () = 0 THEN 'Female' ELSE 'Male' END AS gender_m,
      age
    FROM raw
  ),
  rows_in AS (
    SELECT *, CASE WHEN LOWER(gender_written) IN ('m', 'm.') THEN gender_m WHEN LOWER(gender_written) IN ('f', 'f.', 'female', 'female.', 'woman', 'woman.', 'women', 'women.', 'fem', 'fem.', 'w', 'w.', 'weiblich', 'weiblich.', 'frau', 'frau.', 'femme', 'femme.', 'feminin', 'feminin.', 'féminin', 'féminin.', 'feminine', 'feminine.', 'féminine', 'féminine.', 'mme', 'mme.', 'madame', 'madame.', 'mlle', 'mlle.', 'mademoiselle', 'mademoiselle.', 'mujer', 'mujer.', 'femenino', 'femenino.', 'femenina', 'femenina.', 'senora', 'senora.', 'señora', 'señora.', 'sra', 'sra.', 'vrouw', 'vrouw.', 'vrouwelijk', 'vrouwelijk.', 'v', 'v.', 'mevrouw', 'mevrouw.', 'mevr', 'mevr.', 'feminino', 'feminino.', 'mulher', 'mulher.', 'donna', 'donna.', 'femmina', 'femmina.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'miss.') THEN 'Female' WHEN LOWER(gender_written) IN ('male', 'male.', 'man', 'man.', 'men', 'men.', 'mannlich', 'mannlich.', 'männlich', 'männlich.', 'maennlich', 'maennlich.', 'herr', 'herr.', 'homme', 'homme.', 'h', 'h.', 'masculin', 'masculin.', 'masculine', 'masculine.', 'monsieur', 'monsieur.', 'hombre', 'hombre.', 'masculino', 'masculino.', 'varon', 'varon.', 'varón', 'varón.', 'senor', 'senor.', 'señor', 'señor.', 'sr', 'sr.', 'mannelijk', 'mannelijk.', 'meneer', 'meneer.', 'dhr', 'dhr.', 'heer', 'heer.', 'de heer', 'de heer.', 'homem', 'homem.', 'uomo', 'uomo.', 'maschio', 'maschio.', 'mr', 'mr.') THEN 'Male' ELSE gender_written END AS gender, CASE WHEN order_id IS NOT NULL THEN CONCAT('o:', order_id) ELSE CONCAT('d:', customer_id, '|', CAST(day AS STRING)) END AS order_key
    FROM src WHERE customer_id IS NOT NULL
  ),
  orders AS (
    SELECT order_key, MIN(customer_id) AS customer_id, MIN(day) AS day,
      COUNT(*) AS lines, COUNT(money) AS priced, SUM(money) AS money_sum,
      MIN(money) AS money_min, MAX(money) AS money_max, MAX(status) AS status,
      MAX(cancelled) AS cancelled, MAX(discounted) AS discounted, MAX(ABS(refunded)) AS refunded
    FROM rows_in GROUP BY order_key
  ),
  kept AS (
    SELECT order_key, customer_id, day, discounted, is_order,
      CASE WHEN is_order = 1 THEN gross - COALESCE(refunded, 0) ELSE gross END AS money
    FROM (
      SELECT order_key, customer_id, day, discounted, refunded, gross, CASE WHEN gross >= 0 THEN 1 ELSE 0 END AS is_order
      FROM (SELECT orders.*, CASE WHEN SUM(CASE WHEN lines > 1 THEN 1 ELSE 0 END) OVER () > 0 AND (
        SUM(CASE WHEN lines > 1 AND priced = 1 THEN 1 ELSE 0 END) OVER () * 10 >= SUM(CASE WHEN lines > 1 THEN 1 ELSE 0 END) OVER () * 9
        OR SUM(CASE WHEN lines > 1 AND priced = lines AND money_min = money_max THEN 1 ELSE 0 END) OVER () * 10 >= SUM(CASE WHEN lines > 1 THEN 1 ELSE 0 END) OVER () * 9)
        THEN money_max ELSE money_sum END AS gross FROM orders) o
      WHERE day IS NOT NULL AND cancelled = 0 AND (status IS NULL OR (strpos(LOWER(TRIM(status)), 'partially') > 0) OR (strpos(LOWER(TRIM(status)), 'partial') > 0) OR (strpos(LOWER(TRIM(status)), 'teilweise') > 0) OR (strpos(LOWER(TRIM(status)), 'partiel') > 0) OR (strpos(LOWER(TRIM(status)), 'parcial') > 0) OR (strpos(LOWER(TRIM(status)), 'gedeeltelijk') > 0) OR NOT ((strpos(LOWER(TRIM(status)), 'test') > 0) OR (strpos(LOWER(TRIM(status)), 'cancel') > 0) OR (strpos(LOWER(TRIM(status)), 'void') > 0) OR (strpos(LOWER(TRIM(status)), 'fail') > 0) OR (strpos(LOWER(TRIM(status)), 'declin') > 0) OR (strpos(LOWER(TRIM(status)), 'storn') > 0) OR (strpos(LOWER(TRIM(status)), 'annul') > 0) OR (strpos(LOWER(TRIM(status)), 'cancelad') > 0) OR (strpos(LOWER(TRIM(status)), 'anulad') > 0) OR (strpos(LOWER(TRIM(status)), 'geannuleerd') > 0) OR (strpos(LOWER(TRIM(status)), 'abgebrochen') > 0) OR (strpos(LOWER(TRIM(status)), 'fehlgeschlagen') > 0) OR (strpos(LOWER(TRIM(status)), 'echoue') > 0) OR (strpos(LOWER(TRIM(status)), 'échoué') > 0) OR (strpos(LOWER(TRIM(status)), 'fallid') > 0) OR (strpos(LOWER(TRIM(status)), 'mislukt') > 0) OR (strpos(LOWER(TRIM(status)), 'falhou') > 0) OR (strpos(LOWER(TRIM(status)), 'rejected') > 0) OR (strpos(LOWER(TRIM(status)), 'refund') > 0) OR (strpos(LOWER(TRIM(status)), 'erstattet') > 0) OR (strpos(LOWER(TRIM(status)), 'rembours') > 0) OR (strpos(LOWER(TRIM(status)), 'reembols') > 0) OR (strpos(LOWER(TRIM(status)), 'terugbetaald') > 0) OR (strpos(LOWER(TRIM(status)), 'returned') > 0) OR (strpos(LOWER(TRIM(status)), 'pending') > 0) OR (strpos(LOWER(TRIM(status)), 'unpaid') > 0) OR (strpos(LOWER(TRIM(status)), 'on-hold') > 0) OR (strpos(LOWER(TRIM(status)), 'on hold') > 0) OR (strpos(LOWER(TRIM(status)), 'awaiting') > 0) OR (strpos(LOWER(TRIM(status)), 'expired') > 0) OR (strpos(LOWER(TRIM(status)), 'draft') > 0) OR (strpos(LOWER(TRIM(status)), 'abandon') > 0) OR (strpos(LOWER(TRIM(status)), 'requires_payment') > 0) OR (strpos(LOWER(TRIM(status)), 'incomplete') > 0) OR (strpos(LOWER(TRIM(status)), 'uncaptured') > 0) OR (strpos(LOWER(TRIM(status)), 'ausstehend') > 0) OR (strpos(LOWER(TRIM(status)), 'offen') > 0) OR (strpos(LOWER(TRIM(status)), 'unbezahlt') > 0) OR (strpos(LOWER(TRIM(status)), 'en attente') > 0) OR (strpos(LOWER(TRIM(status)), 'impay') > 0) OR (strpos(LOWER(TRIM(status)), 'pendiente') > 0) OR (strpos(LOWER(TRIM(status)), 'in afwachting') > 0) OR (strpos(LOWER(TRIM(status)), 'onbetaald') > 0) OR (strpos(LOWER(TRIM(status)), 'pendente') > 0) OR (strpos(LOWER(TRIM(status)), 'aguardando') > 0))) AND priced > 0
    ) o
  ),
  dated AS (
    SELECT kept.*, DATE_ADD(MAX(CASE WHEN is_order = 1 THEN day END) OVER (), INTERVAL 1 DAY) AS ref_day FROM kept
  ),
  base AS (
    SELECT k.customer_id,
      SUM(k.is_order) AS frequency,
      SUM(CASE WHEN k.is_order = 1 THEN k.money ELSE 0 END) AS order_units,
      SUM(CASE WHEN k.is_order = 0 THEN -k.money ELSE 0 END) AS refund_units,
      MIN(CASE WHEN k.is_order = 1 THEN k.day END) AS first_order,
      MAX(CASE WHEN k.is_order = 1 THEN k.day END) AS last_order,
      SUM(CASE WHEN k.is_order = 1 THEN k.discounted ELSE 0 END) AS discounted_orders,
      SUM(CASE WHEN k.day >= DATE_ADD(k.ref_day, INTERVAL -365 DAY) AND k.day < k.ref_day THEN k.money ELSE 0 END) AS last_year_units,
      MAX(k.ref_day) AS ref_day
    FROM dated k GROUP BY k.customer_id
  ),
  figures AS (
    SELECT b.customer_id, b.ref_day, CAST(b.frequency AS FLOAT64) AS `frequency`,
      CAST(b.order_units - b.refund_units AS FLOAT64) / 10000 AS `monetary`,
      CASE WHEN b.frequency > 0 THEN CAST(b.order_units AS FLOAT64) / 10000 / b.frequency END AS `average_order_value`,
      b.first_order AS `first_order`,
      b.last_order AS `last_order`,
      CAST(DATE_DIFF(b.ref_day, b.last_order, DAY) AS FLOAT64) AS `recency_days`,
      CAST(DATE_DIFF(b.ref_day, b.first_order, DAY) AS FLOAT64) AS `tenure_days`,
      CASE WHEN b.frequency >= 2 THEN CAST(DATE_DIFF(b.last_order, b.first_order, DAY) AS FLOAT64) / (b.frequency - 1) END AS `days_between_orders`,
      CAST(b.last_year_units AS FLOAT64) / 10000 AS `spend_last_365_days`
    FROM base b
  ),
  customers AS (
    SELECT f.customer_id, f.ref_day, f.`frequency` AS `frequency`,
      f.`monetary` AS `monetary`,
      f.`average_order_value` AS `average_order_value`,
      f.`first_order` AS `first_order`,
      f.`last_order` AS `last_order`,
      f.`recency_days` AS `recency_days`,
      f.`tenure_days` AS `tenure_days`,
      f.`days_between_orders` AS `days_between_orders`,
      f.`spend_last_365_days` AS `spend_last_365_days`,
      CASE WHEN f.`days_between_orders` > 0 THEN f.`recency_days` / f.`days_between_orders` END AS `overdue_ratio`
    FROM figures f
  ),
  cut_points AS (
    SELECT CAST('30.0' AS FLOAT64) AS r1,
      CAST('90.0' AS FLOAT64) AS r2,
      CAST('180.0' AS FLOAT64) AS r3,
      CAST('365.0' AS FLOAT64) AS r4,
      CAST('1.0' AS FLOAT64) AS f1,
      CAST('2.0' AS FLOAT64) AS f2,
      CAST('3.0' AS FLOAT64) AS f3,
      CAST('5.0' AS FLOAT64) AS f4,
      CAST('50.0' AS FLOAT64) AS m1,
      CAST('100.0' AS FLOAT64) AS m2,
      CAST('250.0' AS FLOAT64) AS m3,
      CAST('500.0' AS FLOAT64) AS m4
  ),
  scored AS (
    SELECT c.*,
      CASE WHEN c.frequency > 0 THEN 6 - (1 + CASE WHEN c.`recency_days` > cp.r1 THEN 1 ELSE 0 END + CASE WHEN c.`recency_days` > cp.r2 THEN 1 ELSE 0 END + CASE WHEN c.`recency_days` > cp.r3 THEN 1 ELSE 0 END + CASE WHEN c.`recency_days` > cp.r4 THEN 1 ELSE 0 END) END AS r_score,
      CASE WHEN c.frequency > 0 THEN 1 + CASE WHEN c.`frequency` > cp.f1 THEN 1 ELSE 0 END + CASE WHEN c.`frequency` > cp.f2 THEN 1 ELSE 0 END + CASE WHEN c.`frequency` > cp.f3 THEN 1 ELSE 0 END + CASE WHEN c.`frequency` > cp.f4 THEN 1 ELSE 0 END END AS f_score,
      CASE WHEN c.frequency > 0 THEN 1 + CASE WHEN c.`monetary` > cp.m1 THEN 1 ELSE 0 END + CASE WHEN c.`monetary` > cp.m2 THEN 1 ELSE 0 END + CASE WHEN c.`monetary` > cp.m3 THEN 1 ELSE 0 END + CASE WHEN c.`monetary` > cp.m4 THEN 1 ELSE 0 END END AS m_score
    FROM customers c CROSS JOIN cut_points cp
  )
SELECT s.customer_id AS customer_id,
  CASE
        WHEN ((s.r_score IS NOT NULL AND s.r_score >= CAST('5.0' AS FLOAT64) AND s.r_score <= CAST('5.0' AS FLOAT64)) AND (s.f_score IS NOT NULL AND s.f_score >= CAST('4.0' AS FLOAT64) AND s.f_score <= CAST('5.0' AS FLOAT64))) THEN 'Champions'
        WHEN ((s.r_score IS NOT NULL AND s.r_score >= CAST('3.0' AS FLOAT64) AND s.r_score <= CAST('4.0' AS FLOAT64)) AND (s.f_score IS NOT NULL AND s.f_score >= CAST('4.0' AS FLOAT64) AND s.f_score <= CAST('5.0' AS FLOAT64))) THEN 'Loyal Customers'
        WHEN ((s.r_score IS NOT NULL AND s.r_score >= CAST('4.0' AS FLOAT64) AND s.r_score <= CAST('5.0' AS FLOAT64)) AND (s.f_score IS NOT NULL AND s.f_score >= CAST('2.0' AS FLOAT64) AND s.f_score <= CAST('3.0' AS FLOAT64))) THEN 'Potential Loyalist'
        WHEN ((s.r_score IS NOT NULL AND s.r_score >= CAST('5.0' AS FLOAT64) AND s.r_score <= CAST('5.0' AS FLOAT64)) AND (s.f_score IS NOT NULL AND s.f_score >= CAST('1.0' AS FLOAT64) AND s.f_score <= CAST('1.0' AS FLOAT64))) THEN 'New Customers'
        WHEN ((s.r_score IS NOT NULL AND s.r_score >= CAST('4.0' AS FLOAT64) AND s.r_score <= CAST('4.0' AS FLOAT64)) AND (s.f_score IS NOT NULL AND s.f_score >= CAST('1.0' AS FLOAT64) AND s.f_score <= CAST('1.0' AS FLOAT64))) THEN 'Promising'
        WHEN ((s.r_score IS NOT NULL AND s.r_score >= CAST('3.0' AS FLOAT64) AND s.r_score <= CAST('3.0' AS FLOAT64)) AND (s.f_score IS NOT NULL AND s.f_score >= CAST('3.0' AS FLOAT64) AND s.f_score <= CAST('3.0' AS FLOAT64))) THEN 'Need Attention'
        WHEN ((s.r_score IS NOT NULL AND s.r_score >= CAST('3.0' AS FLOAT64) AND s.r_score <= CAST('3.0' AS FLOAT64)) AND (s.f_score IS NOT NULL AND s.f_score >= CAST('1.0' AS FLOAT64) AND s.f_score <= CAST('2.0' AS FLOAT64))) THEN 'About To Sleep'
        WHEN ((s.r_score IS NOT NULL AND s.r_score >= CAST('1.0' AS FLOAT64) AND s.r_score <= CAST('2.0' AS FLOAT64)) AND (s.f_score IS NOT NULL AND s.f_score >= CAST('5.0' AS FLOAT64) AND s.f_score <= CAST('5.0' AS FLOAT64))) THEN 'Can\'t Lose Them'
        WHEN ((s.r_score IS NOT NULL AND s.r_score >= CAST('1.0' AS FLOAT64) AND s.r_score <= CAST('2.0' AS FLOAT64)) AND (s.f_score IS NOT NULL AND s.f_score >= CAST('3.0' AS FLOAT64) AND s.f_score <= CAST('4.0' AS FLOAT64))) THEN 'At Risk'
        WHEN ((s.r_score IS NOT NULL AND s.r_score >= CAST('1.0' AS FLOAT64) AND s.r_score <= CAST('2.0' AS FLOAT64)) AND (s.f_score IS NOT NULL AND s.f_score >= CAST('1.0' AS FLOAT64) AND s.f_score <= CAST('2.0' AS FLOAT64))) THEN 'Hibernating'
        ELSE 'No order in this file' END AS `segment`,
  s.`recency_days` AS `days_since_last_order`,
  s.`frequency` AS `orders`,
  s.`monetary` AS `total_spent`,
  s.`average_order_value` AS `average_order_value`,
  s.`first_order` AS `first_order`,
  s.`last_order` AS `last_order`,
  s.`days_between_orders` AS `average_days_between_orders`,
  s.r_score AS `r_score`,
  s.f_score AS `f_score`,
  s.m_score AS `m_score`
FROM scored s
ORDER BY s.customer_id;
