// Package views holds Newsline's Fyne views: timeline, network, charts,
// articles and actors. Each view declares the small store interface it needs.
package views

import (
	"sync"

	"newsline/data"
)

// Filter is the shared filter state that every view follows. Setting it
// notifies every listener; listeners run on the caller's goroutine (the UI
// goroutine in the app).
type Filter struct {
	mu        sync.Mutex
	state     data.Filter
	listeners []func(data.Filter)
}

// NewFilter returns an empty filter.
func NewFilter() *Filter { return &Filter{} }

// Get returns a copy of the current state.
func (f *Filter) Get() data.Filter {
	f.mu.Lock()
	defer f.mu.Unlock()
	return cloneFilter(f.state)
}

// Set replaces the state and notifies listeners.
func (f *Filter) Set(s data.Filter) {
	f.mu.Lock()
	f.state = cloneFilter(s)
	ls := append([]func(data.Filter){}, f.listeners...)
	f.mu.Unlock()
	for _, l := range ls {
		l(cloneFilter(s))
	}
}

// Update applies change to a copy of the state and sets the result.
func (f *Filter) Update(change func(*data.Filter)) {
	s := f.Get()
	change(&s)
	f.Set(s)
}

// OnChanged registers fn to be called after every change.
func (f *Filter) OnChanged(fn func(data.Filter)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.listeners = append(f.listeners, fn)
}

func cloneFilter(s data.Filter) data.Filter {
	s.ActorIDs = append([]int64(nil), s.ActorIDs...)
	s.EventTypes = append([]string(nil), s.EventTypes...)
	return s
}

// Listen registers fn like OnChanged and returns a function that stops
// calling it, for a view that is closed while the filter lives on.
func (f *Filter) Listen(fn func(data.Filter)) (stop func()) {
	var mu sync.Mutex
	f.OnChanged(func(s data.Filter) {
		mu.Lock()
		call := fn
		mu.Unlock()
		if call != nil {
			call(s)
		}
	})
	return func() {
		mu.Lock()
		fn = nil
		mu.Unlock()
	}
}
