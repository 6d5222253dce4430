-- Demo profile only: one district unit, its departments and the demo users of api.md (password "demo").
-- Never on the path of a real deployment: this folder is added to Flyway's locations by application-demo.yml.

INSERT INTO unit (code, agency_code, name, morning_start, morning_end, afternoon_start, afternoon_end)
VALUES ('UBND-HUYEN-DEMO', '000.00.15.H12', 'Ủy ban nhân dân huyện Demo', '08:00:00', '12:00:00', '13:00:00', '17:00:00');

INSERT INTO department (code, unit_code, name) VALUES ('TU-PHAP', 'UBND-HUYEN-DEMO', 'Phòng Tư pháp');
INSERT INTO department (code, unit_code, name) VALUES ('TC-KH', 'UBND-HUYEN-DEMO', 'Phòng Tài chính – Kế hoạch');
INSERT INTO department (code, unit_code, name) VALUES ('DAT-DAI', 'UBND-HUYEN-DEMO', 'Chi nhánh Văn phòng đăng ký đất đai');
INSERT INTO department (code, unit_code, name) VALUES ('THUE', 'UBND-HUYEN-DEMO', 'Chi cục Thuế');

-- BCrypt of "demo".
INSERT INTO staff (username, password_hash, full_name, role, unit_code, enabled) VALUES
  ('clerk', '$2a$10$WSpWOX5VsVykcXlAvuhuOumUnQmvhZtYsk4Xd5SlckPeum.ROmG9q', 'Nguyễn Thị Tiếp Nhận', 'CLERK', 'UBND-HUYEN-DEMO', TRUE),
  ('handler.tuphap', '$2a$10$WSpWOX5VsVykcXlAvuhuOumUnQmvhZtYsk4Xd5SlckPeum.ROmG9q', 'Trần Văn Tư Pháp', 'HANDLER', 'UBND-HUYEN-DEMO', TRUE),
  ('handler.tckh', '$2a$10$WSpWOX5VsVykcXlAvuhuOumUnQmvhZtYsk4Xd5SlckPeum.ROmG9q', 'Lê Thị Kế Hoạch', 'HANDLER', 'UBND-HUYEN-DEMO', TRUE),
  ('handler.datdai', '$2a$10$WSpWOX5VsVykcXlAvuhuOumUnQmvhZtYsk4Xd5SlckPeum.ROmG9q', 'Phạm Văn Đất Đai', 'HANDLER', 'UBND-HUYEN-DEMO', TRUE),
  ('handler.thue', '$2a$10$WSpWOX5VsVykcXlAvuhuOumUnQmvhZtYsk4Xd5SlckPeum.ROmG9q', 'Hoàng Thị Thuế', 'HANDLER', 'UBND-HUYEN-DEMO', TRUE),
  ('approver', '$2a$10$WSpWOX5VsVykcXlAvuhuOumUnQmvhZtYsk4Xd5SlckPeum.ROmG9q', 'Đỗ Văn Lãnh Đạo', 'APPROVER', 'UBND-HUYEN-DEMO', TRUE),
  ('supervisor', '$2a$10$WSpWOX5VsVykcXlAvuhuOumUnQmvhZtYsk4Xd5SlckPeum.ROmG9q', 'Vũ Thị Giám Sát', 'SUPERVISOR', 'UBND-HUYEN-DEMO', TRUE),
  ('admin', '$2a$10$WSpWOX5VsVykcXlAvuhuOumUnQmvhZtYsk4Xd5SlckPeum.ROmG9q', 'Quản trị hệ thống', 'ADMIN', 'UBND-HUYEN-DEMO', TRUE);

INSERT INTO staff_department (username, department_code) VALUES ('handler.tuphap', 'TU-PHAP');
INSERT INTO staff_department (username, department_code) VALUES ('handler.tckh', 'TC-KH');
INSERT INTO staff_department (username, department_code) VALUES ('handler.datdai', 'DAT-DAI');
INSERT INTO staff_department (username, department_code) VALUES ('handler.thue', 'THUE');
-- The demo approver signs for every department (a vice-chairman of the district in charge of the desk).
INSERT INTO staff_department (username, department_code) VALUES ('approver', 'TU-PHAP');
INSERT INTO staff_department (username, department_code) VALUES ('approver', 'TC-KH');
INSERT INTO staff_department (username, department_code) VALUES ('approver', 'DAT-DAI');
INSERT INTO staff_department (username, department_code) VALUES ('approver', 'THUE');
