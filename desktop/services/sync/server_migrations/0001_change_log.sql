-- Front Desk server schema 0001: desks, the shared change log, the merged rows.
-- Applied by `frontdesk sync init-server` (see server.py); never edit once released.

CREATE SCHEMA IF NOT EXISTS frontdesk;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'frontdesk_desks') THEN
        CREATE ROLE frontdesk_desks NOLOGIN;
    END IF;
END
$$;

-- One row per desk allowed to sync. `login` is the PostgreSQL role the desk signs in as;
-- `id` is the desk's own id, claimed the first time it joins.
CREATE TABLE frontdesk.desk (
    id          uuid UNIQUE,
    code        text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9]{0,2}$'),
    name        text NOT NULL DEFAULT '',
    login       text NOT NULL UNIQUE,
    role        text NOT NULL CHECK (role IN ('volunteer', 'caseworker', 'admin')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    joined_at   timestamptz,
    revoked_at  timestamptz
);

-- Fields only staff desks may hold; volunteer desks never receive them.
CREATE TABLE frontdesk.restricted_field (
    table_name  text NOT NULL,
    field_name  text NOT NULL,
    PRIMARY KEY (table_name, field_name)
);
INSERT INTO frontdesk.restricted_field VALUES
    ('person', 'notes'), ('person', 'vulnerability_flags'), ('household', 'notes');

-- Every change any desk made, in the order the server accepted it. `hlc` is unique, so a batch
-- pushed twice (after a dropped connection) is stored once.
CREATE TABLE frontdesk.change (
    id          bigserial PRIMARY KEY,
    hlc         text COLLATE "C" NOT NULL UNIQUE,
    desk_id     uuid NOT NULL,
    desk_seq    bigint NOT NULL,
    table_name  text NOT NULL,
    row_id      uuid NOT NULL,
    fields      jsonb NOT NULL,
    restricted  jsonb NOT NULL DEFAULT '{}',
    base        jsonb NOT NULL DEFAULT '{}',
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX change_row ON frontdesk.change (table_name, row_id);

-- The current state of every row, merged field by field (the latest clock wins).
CREATE TABLE frontdesk.row (
    table_name  text NOT NULL,
    row_id      uuid NOT NULL,
    data        jsonb NOT NULL,
    clocks      jsonb NOT NULL,
    PRIMARY KEY (table_name, row_id)
);

CREATE FUNCTION frontdesk.calling_desk() RETURNS frontdesk.desk
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = frontdesk, pg_temp AS $$
DECLARE
    registered frontdesk.desk;
BEGIN
    SELECT * INTO registered FROM frontdesk.desk WHERE login = session_user AND revoked_at IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'role % is not a registered Front Desk desk', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN registered;
END
$$;

-- Pushes take turns, so change ids grow in commit order and a pull never skips a late commit.
CREATE FUNCTION frontdesk.change_serialise() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7364012);
    RETURN NULL;
END
$$;
CREATE TRIGGER change_serialise BEFORE INSERT ON frontdesk.change
    FOR EACH STATEMENT EXECUTE FUNCTION frontdesk.change_serialise();

-- A desk may push only its own changes; restricted fields are kept apart from the rest.
CREATE FUNCTION frontdesk.change_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = frontdesk, pg_temp AS $$
DECLARE
    me frontdesk.desk := frontdesk.calling_desk();
    hidden text[];
BEGIN
    IF me.id IS NULL OR NEW.desk_id IS DISTINCT FROM me.id THEN
        RAISE EXCEPTION 'desk % may not push changes of desk %', me.code, NEW.desk_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT coalesce(array_agg(field_name), '{}') INTO hidden
        FROM frontdesk.restricted_field WHERE table_name = NEW.table_name;
    SELECT coalesce(jsonb_object_agg(key, value), '{}') INTO NEW.restricted
        FROM jsonb_each(NEW.fields) WHERE key = ANY (hidden);
    NEW.fields := NEW.fields - hidden;
    NEW.received_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER change_check BEFORE INSERT ON frontdesk.change
    FOR EACH ROW EXECUTE FUNCTION frontdesk.change_check();

-- Keep frontdesk.row merged: the same rule every desk applies.
CREATE FUNCTION frontdesk.change_merge() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = frontdesk, pg_temp AS $$
DECLARE
    incoming jsonb := NEW.fields || NEW.restricted;
    current_row frontdesk.row;
    item record;
BEGIN
    SELECT * INTO current_row FROM frontdesk.row
        WHERE table_name = NEW.table_name AND row_id = NEW.row_id FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO frontdesk.row VALUES (
            NEW.table_name, NEW.row_id, incoming,
            (SELECT coalesce(jsonb_object_agg(key, to_jsonb(NEW.hlc)), '{}')
                FROM jsonb_object_keys(incoming) AS key));
        RETURN NULL;
    END IF;
    FOR item IN SELECT key, value FROM jsonb_each(incoming) LOOP
        IF coalesce(current_row.clocks ->> item.key, '') COLLATE "C" < NEW.hlc COLLATE "C" THEN
            current_row.data := current_row.data || jsonb_build_object(item.key, item.value);
            current_row.clocks := current_row.clocks || jsonb_build_object(item.key, NEW.hlc);
        END IF;
    END LOOP;
    UPDATE frontdesk.row SET data = current_row.data, clocks = current_row.clocks
        WHERE table_name = NEW.table_name AND row_id = NEW.row_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER change_merge AFTER INSERT ON frontdesk.change
    FOR EACH ROW EXECUTE FUNCTION frontdesk.change_merge();

-- A desk signs in for the first time: it claims its registration with its own id.
CREATE FUNCTION frontdesk.claim_desk(desk_id uuid) RETURNS TABLE (code text, role text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = frontdesk, pg_temp AS $$
DECLARE
    me frontdesk.desk := frontdesk.calling_desk();
BEGIN
    IF me.id IS NULL THEN
        UPDATE frontdesk.desk SET id = claim_desk.desk_id, joined_at = now()
            WHERE login = me.login;
    ELSIF me.id <> claim_desk.desk_id THEN
        RAISE EXCEPTION 'login % already belongs to another desk', me.login
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY SELECT me.code, me.role;
END
$$;

-- Changes after `after_id`, with restricted fields only for staff desks.
CREATE FUNCTION frontdesk.pull(after_id bigint, max_rows integer)
RETURNS TABLE (id bigint, hlc text, desk_id uuid, table_name text, row_id uuid,
               fields jsonb, base jsonb)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = frontdesk, pg_temp AS $$
DECLARE
    me frontdesk.desk := frontdesk.calling_desk();
    staff boolean := me.role IN ('caseworker', 'admin');
BEGIN
    RETURN QUERY
        SELECT c.id, c.hlc::text, c.desk_id, c.table_name, c.row_id,
               CASE WHEN staff THEN c.fields || c.restricted ELSE c.fields END,
               CASE WHEN staff THEN c.base
                    ELSE c.base - ARRAY(SELECT jsonb_object_keys(c.restricted)) END
        FROM frontdesk.change c
        WHERE c.id > after_id
        ORDER BY c.id
        LIMIT max_rows;
END
$$;

REVOKE ALL ON ALL TABLES IN SCHEMA frontdesk FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA frontdesk FROM PUBLIC;
GRANT USAGE ON SCHEMA frontdesk TO frontdesk_desks;
GRANT INSERT ON frontdesk.change TO frontdesk_desks;
GRANT SELECT (hlc) ON frontdesk.change TO frontdesk_desks;  -- ON CONFLICT (hlc) needs to see it
GRANT USAGE ON SEQUENCE frontdesk.change_id_seq TO frontdesk_desks;
GRANT EXECUTE ON FUNCTION frontdesk.claim_desk(uuid) TO frontdesk_desks;
GRANT EXECUTE ON FUNCTION frontdesk.pull(bigint, integer) TO frontdesk_desks;
