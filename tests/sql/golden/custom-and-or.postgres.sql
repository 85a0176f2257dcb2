-- Segmenter: "Big or loyal, not lapsed" as one query for PostgreSQL.
-- Reads "orders", one row per order row, with these columns:
--   "order_id" (text): order id
--   "customer_id" (text): customer id
--   "order_date" (DATE or TIMESTAMP): order date
--   "amount" (numeric): amount
--   "quantity" (numeric): quantity
--   "product_category" (text): product category
--   "country" (text): country
--   "region" (text): region / state
--   "postal_code" (text): postal code
--   "customer_age" (numeric): age
--   "customer_gender" (text): gender
--   "email" (text): e-mail
-- Returns one row per customer: customer_id, segment_big_or_loyal_not_lapsed, and the measures. Rows without a
-- customer, orders without a date or amount, cancelled, refunded, unpaid and test orders
-- are left out as the page leaves them out; negative amounts are refunds.
-- Recency is measured from the day after the latest order.
WITH
  raw AS MATERIALIZED (
    SELECT TRIM(CAST("order_id" AS TEXT)) AS order_id,
      TRIM(CAST("customer_id" AS TEXT)) AS customer_id,
      CAST("order_date" AS DATE) AS order_date,
      CAST("amount" AS DOUBLE PRECISION) AS amount,
      CAST("quantity" AS DOUBLE PRECISION) AS quantity,
      TRIM(CAST("product_category" AS TEXT)) AS category,
      TRIM(CAST("country" AS TEXT)) AS country,
      TRIM(CAST("region" AS TEXT)) AS region,
      TRIM(CAST("postal_code" AS TEXT)) AS postal_code,
      CAST("customer_age" AS DOUBLE PRECISION) AS age,
      TRIM(CAST("customer_gender" AS TEXT)) AS gender,
      TRIM(CAST("email" AS TEXT)) AS email
    FROM "orders"
  ),
  src AS MATERIALIZED (
    SELECT COALESCE(CASE WHEN LOWER(CASE WHEN SUBSTR(customer_id, 1, 1) = '''' AND (SUBSTR(customer_id, 2) ~ '^[0-9 +-]+$') THEN SUBSTR(customer_id, 2) ELSE customer_id END) IN ('', '0', '-', 'guest', 'none', 'n/a', 'null') THEN NULL ELSE CASE WHEN SUBSTR(customer_id, 1, 1) = '''' AND (SUBSTR(customer_id, 2) ~ '^[0-9 +-]+$') THEN SUBSTR(customer_id, 2) ELSE customer_id END END, CASE WHEN LOWER(CASE WHEN SUBSTR(email, 1, 1) = '''' AND (SUBSTR(email, 2) ~ '^[0-9 +-]+$') THEN SUBSTR(email, 2) ELSE email END) IN ('', '0', '-', 'guest', 'none', 'n/a', 'null') THEN NULL ELSE LOWER(CASE WHEN SUBSTR(email, 1, 1) = '''' AND (SUBSTR(email, 2) ~ '^[0-9 +-]+$') THEN SUBSTR(email, 2) ELSE email END) END) AS customer_id,
      NULLIF(order_id, '') AS order_id,
      order_date AS day,
      CAST(ROUND(CAST(amount * 10000 AS NUMERIC)) AS BIGINT) AS money,
      CAST(NULL AS BIGINT) AS priced,
      CAST(NULL AS BIGINT) AS refunded,
      CAST(NULL AS TEXT) AS status,
      0 AS cancelled,
      0 AS discounted,
      NULLIF(CASE WHEN SUBSTR(category, 1, 1) = '''' AND (SUBSTR(category, 2) ~ '^[0-9 +-]+$') THEN SUBSTR(category, 2) ELSE category END, '') AS category,
      NULLIF(CASE WHEN SUBSTR(email, 1, 1) = '''' AND (SUBSTR(email, 2) ~ '^[0-9 +-]+$') THEN SUBSTR(email, 2) ELSE email END, '') AS email,
      NULLIF(CASE WHEN SUBSTR(country, 1, 1) = '''' AND (SUBSTR(country, 2) ~ '^[0-9 +-]+$') THEN SUBSTR(country, 2) ELSE country END, '') AS country,
      NULLIF(CASE WHEN SUBSTR(region, 1, 1) = '''' AND (SUBSTR(region, 2) ~ '^[0-9 +-]+$') THEN SUBSTR(region, 2) ELSE region END, '') AS region,
      NULLIF(CASE WHEN SUBSTR(postal_code, 1, 1) = '''' AND (SUBSTR(postal_code, 2) ~ '^[0-9 +-]+$') THEN SUBSTR(postal_code, 2) ELSE postal_code END, '') AS postal_code,
      NULLIF(CASE WHEN SUBSTR(gender, 1, 1) = '''' AND (SUBSTR(gender, 2) ~ '^[0-9 +-]+$') THEN SUBSTR(gender, 2) ELSE gender END, '') AS gender_written,
      CASE WHEN MAX(CASE WHEN LOWER(gender) IN ('h', 'h.') THEN 1 ELSE 0 END) OVER () = 1 AND MAX(CASE WHEN LOWER(gender) IN ('f', 'f.', 'w', 'w.', 'v', 'v.') THEN 1 ELSE 0 END) OVER () = 0 THEN 'Female' ELSE 'Male' END AS gender_m,
      age
    FROM raw
  ),
  rows_in AS MATERIALIZED (
    SELECT *, CASE WHEN LOWER(gender_written) IN ('m', 'm.') THEN gender_m WHEN LOWER(gender_written) IN ('f', 'f.', 'female', 'female.', 'woman', 'woman.', 'women', 'women.', 'fem', 'fem.', 'w', 'w.', 'weiblich', 'weiblich.', 'frau', 'frau.', 'femme', 'femme.', 'feminin', 'feminin.', 'féminin', 'féminin.', 'feminine', 'feminine.', 'féminine', 'féminine.', 'mme', 'mme.', 'madame', 'madame.', 'mlle', 'mlle.', 'mademoiselle', 'mademoiselle.', 'mujer', 'mujer.', 'femenino', 'femenino.', 'femenina', 'femenina.', 'senora', 'senora.', 'señora', 'señora.', 'sra', 'sra.', 'vrouw', 'vrouw.', 'vrouwelijk', 'vrouwelijk.', 'v', 'v.', 'mevrouw', 'mevrouw.', 'mevr', 'mevr.', 'feminino', 'feminino.', 'mulher', 'mulher.', 'donna', 'donna.', 'femmina', 'femmina.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'miss.') THEN 'Female' WHEN LOWER(gender_written) IN ('male', 'male.', 'man', 'man.', 'men', 'men.', 'mannlich', 'mannlich.', 'männlich', 'männlich.', 'maennlich', 'maennlich.', 'herr', 'herr.', 'homme', 'homme.', 'h', 'h.', 'masculin', 'masculin.', 'masculine', 'masculine.', 'monsieur', 'monsieur.', 'hombre', 'hombre.', 'masculino', 'masculino.', 'varon', 'varon.', 'varón', 'varón.', 'senor', 'senor.', 'señor', 'señor.', 'sr', 'sr.', 'mannelijk', 'mannelijk.', 'meneer', 'meneer.', 'dhr', 'dhr.', 'heer', 'heer.', 'de heer', 'de heer.', 'homem', 'homem.', 'uomo', 'uomo.', 'maschio', 'maschio.', 'mr', 'mr.') THEN 'Male' ELSE gender_written END AS gender, CASE WHEN order_id IS NOT NULL THEN CONCAT('o:', order_id) ELSE CONCAT('d:', customer_id, '|', CAST(day AS TEXT)) END AS order_key
    FROM src WHERE customer_id IS NOT NULL
  ),
  orders AS MATERIALIZED (
    SELECT order_key, MIN(customer_id) AS customer_id, MIN(day) AS day,
      COUNT(*) AS lines, COUNT(money) AS priced, SUM(money) AS money_sum,
      MIN(money) AS money_min, MAX(money) AS money_max, MAX(status) AS status,
      MAX(cancelled) AS cancelled, MAX(discounted) AS discounted, MAX(ABS(refunded)) AS refunded
    FROM rows_in GROUP BY order_key
  ),
  kept AS MATERIALIZED (
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
  dated AS MATERIALIZED (
    SELECT kept.*, (MAX(CASE WHEN is_order = 1 THEN day END) OVER () + 1) AS ref_day FROM kept
  ),
  base AS MATERIALIZED (
    SELECT k.customer_id,
      SUM(k.is_order) AS frequency,
      SUM(CASE WHEN k.is_order = 1 THEN k.money ELSE 0 END) AS order_units,
      SUM(CASE WHEN k.is_order = 0 THEN -k.money ELSE 0 END) AS refund_units,
      MIN(CASE WHEN k.is_order = 1 THEN k.day END) AS first_order,
      MAX(CASE WHEN k.is_order = 1 THEN k.day END) AS last_order,
      SUM(CASE WHEN k.is_order = 1 THEN k.discounted ELSE 0 END) AS discounted_orders,
      SUM(CASE WHEN k.day >= (k.ref_day + -365) AND k.day < k.ref_day THEN k.money ELSE 0 END) AS last_year_units,
      MAX(k.ref_day) AS ref_day
    FROM dated k GROUP BY k.customer_id
  ),
  figures AS MATERIALIZED (
    SELECT b.customer_id, b.ref_day, CAST(b.frequency AS DOUBLE PRECISION) AS "frequency",
      CAST(b.order_units - b.refund_units AS DOUBLE PRECISION) / 10000 AS "monetary",
      CASE WHEN b.frequency > 0 THEN CAST(b.order_units AS DOUBLE PRECISION) / 10000 / b.frequency END AS "average_order_value",
      b.first_order AS "first_order",
      b.last_order AS "last_order",
      CAST((b.ref_day - b.last_order) AS DOUBLE PRECISION) AS "recency_days",
      CAST((b.ref_day - b.first_order) AS DOUBLE PRECISION) AS "tenure_days",
      CASE WHEN b.frequency >= 2 THEN CAST((b.last_order - b.first_order) AS DOUBLE PRECISION) / (b.frequency - 1) END AS "days_between_orders",
      CAST(b.last_year_units AS DOUBLE PRECISION) / 10000 AS "spend_last_365_days"
    FROM base b
  ),
  customers AS MATERIALIZED (
    SELECT f.customer_id, f.ref_day, f."frequency" AS "frequency",
      f."monetary" AS "monetary",
      f."average_order_value" AS "average_order_value",
      f."first_order" AS "first_order",
      f."last_order" AS "last_order",
      f."recency_days" AS "recency_days",
      f."tenure_days" AS "tenure_days",
      f."days_between_orders" AS "days_between_orders",
      f."spend_last_365_days" AS "spend_last_365_days",
      CASE WHEN f."days_between_orders" > 0 THEN f."recency_days" / f."days_between_orders" END AS "overdue_ratio"
    FROM figures f
  ),
  score_values AS MATERIALIZED (
    SELECT l.measure, CASE l.measure WHEN 'r' THEN c."recency_days" WHEN 'f' THEN c."frequency" WHEN 'm' THEN c."monetary" END AS v
    FROM customers c CROSS JOIN (SELECT 'r' AS measure UNION ALL SELECT 'f' AS measure UNION ALL SELECT 'm' AS measure) l WHERE c.frequency > 0
  ),
  score_distinct AS MATERIALIZED (
    SELECT measure, v, cum, ROW_NUMBER() OVER (PARTITION BY measure ORDER BY v) - 1 AS i,
      COUNT(*) OVER (PARTITION BY measure) AS dn, MAX(cum) OVER (PARTITION BY measure) AS n
    FROM (
      SELECT measure, v, SUM(c) OVER (PARTITION BY measure ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum
      FROM (SELECT measure, v, COUNT(*) AS c FROM score_values GROUP BY measure, v) counted
    ) running
  ),
  score_nearest AS MATERIALIZED (
    SELECT score_distinct.*, MIN(ABS(cum - CAST(1 * n AS DOUBLE PRECISION) / 5)) OVER (PARTITION BY measure) AS m1,
      MIN(ABS(cum - CAST(2 * n AS DOUBLE PRECISION) / 5)) OVER (PARTITION BY measure) AS m2,
      MIN(ABS(cum - CAST(3 * n AS DOUBLE PRECISION) / 5)) OVER (PARTITION BY measure) AS m3,
      MIN(ABS(cum - CAST(4 * n AS DOUBLE PRECISION) / 5)) OVER (PARTITION BY measure) AS m4
    FROM score_distinct
  ),
  score_best AS MATERIALIZED (
    SELECT score_nearest.*, MIN(CASE WHEN ABS(cum - CAST(1 * n AS DOUBLE PRECISION) / 5) = m1 THEN i END) OVER (PARTITION BY measure) AS best1,
      MIN(CASE WHEN ABS(cum - CAST(2 * n AS DOUBLE PRECISION) / 5) = m2 THEN i END) OVER (PARTITION BY measure) AS best2,
      MIN(CASE WHEN ABS(cum - CAST(3 * n AS DOUBLE PRECISION) / 5) = m3 THEN i END) OVER (PARTITION BY measure) AS best3,
      MIN(CASE WHEN ABS(cum - CAST(4 * n AS DOUBLE PRECISION) / 5) = m4 THEN i END) OVER (PARTITION BY measure) AS best4
    FROM score_nearest
  ),
  score_pick1 AS MATERIALIZED (
    SELECT score_best.*, CASE WHEN dn >= 2 AND 0 <= LEAST(dn - 5, dn - 2) THEN LEAST(GREATEST(best1, 0), LEAST(dn - 5, dn - 2)) END AS pick1
    FROM score_best
  ),
  score_pick2 AS MATERIALIZED (
    SELECT score_pick1.*, CASE WHEN dn >= 2 AND pick1 + 1 <= LEAST(dn - 4, dn - 2) THEN LEAST(GREATEST(best2, pick1 + 1), LEAST(dn - 4, dn - 2)) END AS pick2
    FROM score_pick1
  ),
  score_pick3 AS MATERIALIZED (
    SELECT score_pick2.*, CASE WHEN dn >= 2 AND pick2 + 1 <= LEAST(dn - 3, dn - 2) THEN LEAST(GREATEST(best3, pick2 + 1), LEAST(dn - 3, dn - 2)) END AS pick3
    FROM score_pick2
  ),
  score_pick4 AS MATERIALIZED (
    SELECT score_pick3.*, CASE WHEN dn >= 2 AND pick3 + 1 <= LEAST(dn - 2, dn - 2) THEN LEAST(GREATEST(best4, pick3 + 1), LEAST(dn - 2, dn - 2)) END AS pick4
    FROM score_pick3
  ),
  cut_points AS MATERIALIZED (
    SELECT MAX(CASE WHEN measure = 'r' AND ((dn <= 5 AND i = 0 AND i <= dn - 2) OR (dn > 5 AND i = pick1)) THEN v END) AS r1,
      MAX(CASE WHEN measure = 'r' AND ((dn <= 5 AND i = 1 AND i <= dn - 2) OR (dn > 5 AND i = pick2)) THEN v END) AS r2,
      MAX(CASE WHEN measure = 'r' AND ((dn <= 5 AND i = 2 AND i <= dn - 2) OR (dn > 5 AND i = pick3)) THEN v END) AS r3,
      MAX(CASE WHEN measure = 'r' AND ((dn <= 5 AND i = 3 AND i <= dn - 2) OR (dn > 5 AND i = pick4)) THEN v END) AS r4,
      MAX(CASE WHEN measure = 'f' AND ((dn <= 5 AND i = 0 AND i <= dn - 2) OR (dn > 5 AND i = pick1)) THEN v END) AS f1,
      MAX(CASE WHEN measure = 'f' AND ((dn <= 5 AND i = 1 AND i <= dn - 2) OR (dn > 5 AND i = pick2)) THEN v END) AS f2,
      MAX(CASE WHEN measure = 'f' AND ((dn <= 5 AND i = 2 AND i <= dn - 2) OR (dn > 5 AND i = pick3)) THEN v END) AS f3,
      MAX(CASE WHEN measure = 'f' AND ((dn <= 5 AND i = 3 AND i <= dn - 2) OR (dn > 5 AND i = pick4)) THEN v END) AS f4,
      MAX(CASE WHEN measure = 'm' AND ((dn <= 5 AND i = 0 AND i <= dn - 2) OR (dn > 5 AND i = pick1)) THEN v END) AS m1,
      MAX(CASE WHEN measure = 'm' AND ((dn <= 5 AND i = 1 AND i <= dn - 2) OR (dn > 5 AND i = pick2)) THEN v END) AS m2,
      MAX(CASE WHEN measure = 'm' AND ((dn <= 5 AND i = 2 AND i <= dn - 2) OR (dn > 5 AND i = pick3)) THEN v END) AS m3,
      MAX(CASE WHEN measure = 'm' AND ((dn <= 5 AND i = 3 AND i <= dn - 2) OR (dn > 5 AND i = pick4)) THEN v END) AS m4
    FROM score_pick4
  ),
  scored AS MATERIALIZED (
    SELECT c.*,
      CASE WHEN c.frequency > 0 THEN 6 - (1 + CASE WHEN c."recency_days" > cp.r1 THEN 1 ELSE 0 END + CASE WHEN c."recency_days" > cp.r2 THEN 1 ELSE 0 END + CASE WHEN c."recency_days" > cp.r3 THEN 1 ELSE 0 END + CASE WHEN c."recency_days" > cp.r4 THEN 1 ELSE 0 END) END AS r_score,
      CASE WHEN c.frequency > 0 THEN 1 + CASE WHEN c."frequency" > cp.f1 THEN 1 ELSE 0 END + CASE WHEN c."frequency" > cp.f2 THEN 1 ELSE 0 END + CASE WHEN c."frequency" > cp.f3 THEN 1 ELSE 0 END + CASE WHEN c."frequency" > cp.f4 THEN 1 ELSE 0 END END AS f_score,
      CASE WHEN c.frequency > 0 THEN 1 + CASE WHEN c."monetary" > cp.m1 THEN 1 ELSE 0 END + CASE WHEN c."monetary" > cp.m2 THEN 1 ELSE 0 END + CASE WHEN c."monetary" > cp.m3 THEN 1 ELSE 0 END + CASE WHEN c."monetary" > cp.m4 THEN 1 ELSE 0 END END AS m_score
    FROM customers c CROSS JOIN cut_points cp
  )
SELECT s.customer_id AS customer_id,
  CASE
        WHEN (s."spend_last_365_days" IS NOT NULL AND s."spend_last_365_days" >= CAST('40.0' AS DOUBLE PRECISION)) THEN 'Spent lately'
        WHEN ((s."monetary" IS NOT NULL AND s."monetary" >= CAST('200.0' AS DOUBLE PRECISION)) AND (s."recency_days" IS NOT NULL AND s."recency_days" <= CAST('180.0' AS DOUBLE PRECISION))) THEN 'Big and recent'
        WHEN ((s."frequency" IS NOT NULL AND s."frequency" >= CAST('3.0' AS DOUBLE PRECISION)) OR (s."first_order" IS NOT NULL AND s."first_order" <= DATE '2023-09-30')) THEN 'Loyal or early'
        WHEN (NOT (s."days_between_orders" IS NOT NULL AND s."days_between_orders" >= CAST('120.0' AS DOUBLE PRECISION))) THEN 'Not lapsed'
        ELSE 'Everyone else' END AS "segment_big_or_loyal_not_lapsed",
  s."recency_days" AS "days_since_last_order",
  s."frequency" AS "orders",
  s."monetary" AS "total_spent",
  s."average_order_value" AS "average_order_value",
  s."first_order" AS "first_order",
  s."last_order" AS "last_order",
  s."days_between_orders" AS "average_days_between_orders",
  s.r_score AS "r_score",
  s.f_score AS "f_score",
  s.m_score AS "m_score"
FROM scored s
ORDER BY s.customer_id;
