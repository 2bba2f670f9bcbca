-- A customer's own future-value figures for the stake; NULL in all four means "use the business defaults".
ALTER TABLE affected_customers ADD COLUMN average_order_value DECIMAL(12, 2);
ALTER TABLE affected_customers ADD COLUMN orders_per_year DECIMAL(9, 2);
ALTER TABLE affected_customers ADD COLUMN expected_years DECIMAL(6, 2);
ALTER TABLE affected_customers ADD COLUMN margin DECIMAL(5, 4);
