-- A merge record keeps both people's fields as they were (for undo), notes included:
-- volunteer desks receive neither copy.
INSERT INTO frontdesk.restricted_field VALUES
    ('person_merge', 'kept_before'), ('person_merge', 'merged_before')
ON CONFLICT DO NOTHING;
