// Package story works across articles: it merges reports of the same event,
// counts distinct outlets, flags date conflicts, and builds the actor network
// with its metrics, force-directed layout and GEXF, GraphML and CSV exports.
package story
