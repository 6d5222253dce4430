-- The demo's unit administrator: sets up Xã Đồng Lúa only (its departments, staff and office hours). BCrypt of "demo".
INSERT INTO staff (username, password_hash, full_name, role, unit_code, enabled) VALUES
  ('admin.donglua', '$2a$10$WSpWOX5VsVykcXlAvuhuOumUnQmvhZtYsk4Xd5SlckPeum.ROmG9q', 'Đỗ Văn Quản Trị', 'UNIT_ADMIN', 'XA-DONG-LUA', TRUE);
