-- Front Desk server schema 0003: erasing a person from the log, the merged rows and every desk.
--
-- A desk that erases someone pushes one `person_erasure` change whose fields are the plan
-- (services/erasure.py): {"people": [...], "deleted": {table: [ids]},
-- "blanked": {table: {id: {field: value}}}}. Here it deletes every change and merged row of
-- the deleted rows, writes the blanked values into the merged rows, and rewrites every earlier
-- change of those rows so the log no longer carries the old values. Other desks pull the same
-- change and apply the same plan. A change that arrives later for an erased row (a desk that
-- was offline) loses the erased fields on the way in, so nothing brings the person back.

CREATE TABLE frontdesk.erased_row (
    table_name  text NOT NULL,
    row_id      uuid NOT NULL,
    deleted     boolean NOT NULL,
    fields      text[] NOT NULL DEFAULT '{}',  -- blanked fields of a row that stays
    erased_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (table_name, row_id)
);
-- The people erased, and the tables whose rows of theirs are deleted (edit history, consents,
-- cards): such a row pushed later by a desk that was offline is not stored.
CREATE TABLE frontdesk.erased_person (
    person_id    uuid PRIMARY KEY,
    tables       text[] NOT NULL,
    erased_at    timestamptz NOT NULL DEFAULT now()
);
REVOKE ALL ON frontdesk.erased_row, frontdesk.erased_person FROM PUBLIC;

CREATE FUNCTION frontdesk.change_erased() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = frontdesk, pg_temp AS $$
DECLARE
    gone frontdesk.erased_row;
BEGIN
    IF NEW.fields ? 'person_id' AND EXISTS (
        SELECT 1 FROM frontdesk.erased_person
        WHERE person_id::text = NEW.fields ->> 'person_id' AND NEW.table_name = ANY (tables)
    ) THEN
        RETURN NULL;
    END IF;
    SELECT * INTO gone FROM frontdesk.erased_row
        WHERE table_name = NEW.table_name AND row_id = NEW.row_id;
    IF NOT FOUND THEN
        RETURN NEW;
    END IF;
    IF gone.deleted THEN
        RETURN NULL;
    END IF;
    NEW.fields := NEW.fields - gone.fields;
    NEW.restricted := NEW.restricted - gone.fields;
    RETURN NEW;
END
$$;
-- Row triggers fire in name order: after change_check has split off the restricted fields.
CREATE TRIGGER change_erased BEFORE INSERT ON frontdesk.change
    FOR EACH ROW EXECUTE FUNCTION frontdesk.change_erased();

CREATE FUNCTION frontdesk.change_purge() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = frontdesk, pg_temp AS $$
DECLARE
    item record;
BEGIN
    IF NEW.table_name <> 'person_erasure' THEN
        RETURN NULL;
    END IF;
    -- change_merge kept the plan as a row; it is an operation, not a row.
    DELETE FROM frontdesk.row WHERE table_name = 'person_erasure' AND row_id = NEW.row_id;
    INSERT INTO frontdesk.erased_person (person_id, tables)
        SELECT p.value::uuid, ARRAY(SELECT jsonb_array_elements_text(
                   coalesce(NEW.fields -> 'person_tables', '[]')))
        FROM jsonb_array_elements_text(coalesce(NEW.fields -> 'people', '[]')) AS p
        ON CONFLICT (person_id) DO NOTHING;
    -- Rows of those tables a desk pushed after the erasure was planned go too.
    DELETE FROM frontdesk.row AS r USING frontdesk.erased_person AS e
        WHERE r.table_name = ANY (e.tables) AND r.data ->> 'person_id' = e.person_id::text
          AND e.person_id::text IN (SELECT jsonb_array_elements_text(NEW.fields -> 'people'));
    DELETE FROM frontdesk.change AS c USING frontdesk.erased_person AS e
        WHERE c.table_name = ANY (e.tables) AND c.fields ->> 'person_id' = e.person_id::text
          AND e.person_id::text IN (SELECT jsonb_array_elements_text(NEW.fields -> 'people'));
    FOR item IN
        SELECT t.key AS table_name, ids.value::uuid AS row_id
        FROM jsonb_each(coalesce(NEW.fields -> 'deleted', '{}')) AS t,
             jsonb_array_elements_text(t.value) AS ids
    LOOP
        DELETE FROM frontdesk.change WHERE table_name = item.table_name AND row_id = item.row_id;
        DELETE FROM frontdesk.row WHERE table_name = item.table_name AND row_id = item.row_id;
        INSERT INTO frontdesk.erased_row (table_name, row_id, deleted)
            VALUES (item.table_name, item.row_id, true)
            ON CONFLICT (table_name, row_id) DO UPDATE SET deleted = true;
    END LOOP;
    FOR item IN
        SELECT t.key AS table_name, r.key::uuid AS row_id, r.value AS vals
        FROM jsonb_each(coalesce(NEW.fields -> 'blanked', '{}')) AS t, jsonb_each(t.value) AS r
    LOOP
        UPDATE frontdesk.row SET
            data = data || item.vals,
            clocks = clocks || (SELECT coalesce(jsonb_object_agg(k, to_jsonb(NEW.hlc)), '{}')
                                FROM jsonb_object_keys(item.vals) AS k)
            WHERE table_name = item.table_name AND row_id = item.row_id;
        UPDATE frontdesk.change AS c SET
            fields = (SELECT coalesce(jsonb_object_agg(f.key, coalesce(item.vals -> f.key, f.value)), '{}')
                      FROM jsonb_each(c.fields) AS f),
            restricted = (SELECT coalesce(jsonb_object_agg(f.key, coalesce(item.vals -> f.key, f.value)), '{}')
                          FROM jsonb_each(c.restricted) AS f)
            WHERE c.table_name = item.table_name AND c.row_id = item.row_id AND c.id <> NEW.id;
        INSERT INTO frontdesk.erased_row (table_name, row_id, deleted, fields)
            VALUES (item.table_name, item.row_id, false,
                    ARRAY(SELECT jsonb_object_keys(item.vals)))
            ON CONFLICT (table_name, row_id) DO UPDATE SET fields = ARRAY(
                SELECT DISTINCT unnest(frontdesk.erased_row.fields || excluded.fields));
    END LOOP;
    RETURN NULL;
END
$$;
-- After change_merge (name order), so the blanked values land on the merged rows last.
CREATE TRIGGER change_purge AFTER INSERT ON frontdesk.change
    FOR EACH ROW EXECUTE FUNCTION frontdesk.change_purge();
