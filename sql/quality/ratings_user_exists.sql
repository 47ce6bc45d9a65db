-- table: movies.ratings
-- references: user_id -> movies.users(user_id)
-- requires: ratings
-- Every rating's user is in the users dimension. Scoped to the users the run touched (sql/run/note_touched.sql):
-- only their users rows are rebuilt, and only a load writes ratings, so no other user can have lost a row.
SELECT t.user_id FROM run_touched_users t
WHERE NOT EXISTS (SELECT 1 FROM movies.users u WHERE u.user_id = t.user_id)
  AND EXISTS (SELECT 1 FROM movies.ratings r WHERE r.user_id = t.user_id);
