package data

import (
	"context"
	"strings"
	"testing"
)

// TestForeignKeysIndexed checks that every foreign key's child columns lead
// some index (or the primary key) of their table: deleting a parent row
// otherwise scans the whole child table, once per deleted row.
func TestForeignKeysIndexed(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	tables := firstColumn(t, s, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'")
	checked := 0
	for _, table := range tables {
		rows, err := s.db.QueryContext(ctx, "SELECT id, \"from\" FROM pragma_foreign_key_list(?) ORDER BY id, seq", table)
		if err != nil {
			t.Fatal(err)
		}
		keys := map[int][]string{}
		for rows.Next() {
			var id int
			var col string
			if err := rows.Scan(&id, &col); err != nil {
				t.Fatal(err)
			}
			keys[id] = append(keys[id], col)
		}
		rows.Close()
		leads := leadingColumns(t, s, table)
		for _, cols := range keys {
			checked++
			if !leads[strings.Join(cols, ",")] && !leads[cols[0]] {
				t.Errorf("%s(%s) references another table but leads no index: deletes of the parent scan %s", table, strings.Join(cols, ", "), table)
			}
		}
	}
	if checked < 10 {
		t.Fatalf("checked only %d foreign keys", checked)
	}
}

// leadingColumns returns the first column, and the first columns joined by
// commas, of every index of table, the primary key included.
func leadingColumns(t *testing.T, s *Store, table string) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	for _, idx := range firstColumn(t, s, "SELECT name FROM pragma_index_list('"+table+"')") {
		cols := firstColumn(t, s, "SELECT name FROM pragma_index_info('"+idx+"') ORDER BY seqno")
		for k := range cols {
			out[strings.Join(cols[:k+1], ",")] = true
		}
	}
	// An INTEGER PRIMARY KEY is the rowid and has no index of its own.
	for _, pk := range firstColumn(t, s, "SELECT name FROM pragma_table_info('"+table+"') WHERE pk = 1") {
		out[pk] = true
	}
	return out
}

// firstColumn returns the first column of the rows of q.
func firstColumn(t *testing.T, s *Store, q string) []string {
	t.Helper()
	var out []string
	for _, row := range queryStrings(t, s, q) {
		out = append(out, row[0])
	}
	return out
}
