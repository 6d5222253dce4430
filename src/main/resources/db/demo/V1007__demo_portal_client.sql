-- Demo profile only: the portal client `portal`, secret `demo-portal-secret` (BCrypt below), allowed to submit
-- dossiers; they go to the desk of phường Hồ Sen, where the demo clerk works (docs/portal.md).
INSERT INTO portal_client (client_id, name, secret_hash, scopes, unit_code, enabled, created_at)
VALUES ('portal', 'Cổng Dịch vụ công (demo)', '$2a$10$5U57Az3Wq02uSpYhIEkPeOgvos/P2AVNtfhH1NBOAweM6wQFzvR6u',
        'dossier.submit', 'PHUONG-HO-SEN', TRUE, '2025-07-01 00:00:00');
