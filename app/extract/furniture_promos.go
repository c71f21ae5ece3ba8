package extract

// This file finds the page's promotions: subscription and newsletter
// lines and their boxes, newsletter schedules and entries, links to the
// site's apps and channels, and the outlet's appeal to its readers.

import (
	"regexp"
	"strings"
)

// maxPromoBoxLines bounds the lines above a promotion's own line in its box.
const maxPromoBoxLines = 2

// maxBoxHeadWords bounds the head of a promotion's box.
const maxBoxHeadWords = 4

// isPromoBox reports whether the lines of a paragraph above a promotion's
// line are its box: a short label opening it ("GET BRIEFED") and at most
// one more line of a promotion's length. The label is in capitals or the
// next line takes up its first word ("Get briefed on the story of the
// week"), so that a story's heading over a short paragraph is not taken
// for one.
func isPromoBox(text string, para []lineSpan) bool {
	if len(para) == 0 || len(para) > maxPromoBoxLines || para[0].n > maxBoxHeadWords {
		return false
	}
	head := strings.TrimSpace(text[para[0].start:para[0].end])
	if !isLabelLine(head) {
		return false
	}
	if len(para) == 1 {
		return true
	}
	blurb := strings.TrimSpace(text[para[1].start:para[1].end])
	first, _, _ := strings.Cut(head, " ")
	return para[1].n <= maxPromoWords && (strings.ToUpper(head) == head ||
		len(blurb) > len(first) && strings.EqualFold(blurb[:len(first)], first))
}

// maxCadenceWords bounds a newsletter's schedule in its sign-up box.
const maxCadenceWords = 4

// cadenceLine matches, in lower case, the schedule of a newsletter on a
// line of its own in its sign-up box: "Arrives Weekly", "Daily", "Every
// weekday morning".
var cadenceLine = regexp.MustCompile(`^((arrives|delivered|sent|published) )?(daily|weekly|monthly|fortnightly|` +
	`(every|each) (day|weekday|week|month|morning|evening)( (morning|evening))?|twice (a|per) (week|day))$`)

// promoLine matches a subscription or newsletter box: "Sign up for
// Ukraine Daily", "Subscribe to unlock this article", "Roula Khalaf,
// Editor of the FT, selects her favourite stories in this weekly
// newsletter." (but not "..., said Mr. Slater, the newsletter editor.")
// "Follow RT on Telegram" and "Download the CNA app" are promotions too,
// and so are "Support UP or become our patron!", "Support Ukrainska
// Pravda on Patreon!" and "Kyiv Post ✕
// Telegram: subscribe to our channel", and "Sign in to Kyiv Post". A
// newsletter's box names it after a label or sends it to the reader's
// inbox: "Newsletter: World Brief. FP's flagship evening newsletter",
// "Get the latest analysis from the Carnegie Russia Eurasia Center in
// your inbox." A site's line asking readers to get its news is one too:
// "Get Latest World News along with Latest News and Top Headlines from
// India and around the world.", "Track Latest News Live on HNN.com and
// get news updates from India and around the world." So is a line asking
// them to get its app: "Get breaking news alerts directly to your phone
// with the ABC NEWS app.", "CLICK HERE TO GET THE NEWS APP". A link to the
// owner's page is one too: "Learn more about Harbour Data". A prompt to
// follow the site over its platforms' links ends in a colon: "Follow us
// on:", "Follow XYZ on:"; one naming the platform may go on: "Find The
// Harbour Times on WhatsApp and stay up to date". The note under a sign-up
// form is one too: "By signing up, you acknowledge and agree to our
// Privacy Policy and Terms of Service.", and so are its box's field
// ("Enter your email address | Subscribe"), a publication's sign-up after
// its name ("Harbour Review Quarterly: Subscribe to receive the latest
// issue.") and a newsletter's blurb sending it to the inbox, whatever
// follows: "A summary of the day's news delivered to your inbox each
// morning." So is a comment section's head and its prompts: "Join the XYZ
// Community", "Read and Post Comments", "Please review Community
// Guidelines before posting a comment.", and so are "Like World on
// Facebook, follow @XYZ on Twitter to stay informed" and "Got a tip? Send
// it to The XYZ here." So is an appeal in a line ("XYZ is reader-funded.
// Independent journalism depends on your support."), a sign-up form's
// consent ("I would like to be emailed about offers ... from XYZ") and
// an author's follow button ("Get email notification for articles from
// Jane Doe Follow").
var promoLine = regexp.MustCompile(`^follow (us( on)?|[\pL.]+( [\pL.]+)? on):$|` +
	`^by (signing up|subscribing|registering|signing in|clicking|submitting|continuing|entering|creating an account)\b[^.]{0,60}\byou\b[^.]{0,30}\b(agree|acknowledge|consent|accept)\b|` +
	`^(sign up|subscribe|unlock|try unlimited|explore our)\b|\bsubscribe for free\b|^(sign in|log in|register) (to|with|for)\b|\bnewsletters?[.!]?$|\bdigital access to\b|` +
	`^follow (us|[\pL.]+( [\pL.]+)?) on \pL+( @\S+)?$|^download (the|our) .{0,40}\bapp( to [^.]{0,80})?[.!]?$|\bdownload our (mobile )?app\b|` +
	`^support (us|[\pL.]+( [\pL.]+){0,2}) on (patreon|substack|ko-fi|buy me a coffee)[.!]?$|` +
	`\bconsider supporting us\b|\bdonate now$|^our live coverage has (ended|moved)\b|\bfor members only\b|^members only\b|` +
	`^join our \pL+ (channel|community)\b|(^|[.!] |\bor )become (a|an|our) (member|subscriber|patron|insider|supporter)\b|\bsign up (here|now|today)\b|` +
	`\bsubscribe to our (channel|newsletter|podcast)s?\b|^newsletters?: |\b(in|to|into) your inbox[.!]?$|` +
	`^(get|track) (the )?latest\b[^.]{0,60}\b(news|headlines|updates)\b|` +
	`^(find|follow|join) (us|[\pL\pN.'’]+( [\pL\pN.'’]+){0,3}) on (whatsapp|telegram|facebook|instagram|twitter|x|youtube|tiktok|threads|bluesky|linkedin|viber|google news)\b|` +
	`^((click|tap) here to )?(get|download|install)\b[^.]{0,80} (the|our) [^.]{0,30}\bapp[.!]?$|` +
	`^learn more about [^.!?]{1,40}$|^join the [\pL.'’]+( [\pL.'’]+){0,3} community$|^(read|view) (and|&) post comments$|` +
	`\bbefore posting (a )?comments?[.!]?$|\bsubject to the community guidelines\b|^like [^.]{1,40} on facebook\b|^got a (news )?tip\? |^please (review|read) (our )?community guidelines\b|^[^.:!?]{1,50}: (sign up|subscribe) (to|for|now|today|here)\b|\bdelivered (straight |directly |right )?to your inbox\b|^enter your e-?mail\b|` +
	`\bis reader-(funded|supported)\b|\bfor the price of a coffee\b|^catch all the (latest )?[^.]{0,80}\bnews\b|\bby supporting (us|our team|our work|our journalism)\b|\bbecome a fan\b|\bon our facebook page\b|` +
	`^support (independent|quality|our|[\pL.'’]+( [\pL.'’]+){0,2}['’]?) journalism\b|^(text )?ad(vertisement)?: |^join (the|our) [^.]{0,40}\b(whatsapp|telegram|viber|signal) (channel|group|community)\b|^independent journalism costs money\b|\bdepends on (your|readers['’]?) support\b|^i would like to (be e-?mailed|receive)\b|` +
	`^get (e-?mail|push) notifications? (for|of|about|on) (new )?(articles|stories|updates)\b`)

var (
	// signUpNote matches, in lower case, the note under a sign-up form
	// that opens by telling the reader the terms of the form, however
	// long: "You can unsubscribe at any time. By signing up you are
	// agreeing to our Terms of Use and Privacy Policy. This site is
	// protected by reCAPTCHA and the Google Privacy Policy and Terms of
	// Service apply." A story's sentence on unsubscribing tells who did
	// it: "Users can unsubscribe at any time, the regulator said".
	signUpNote = regexp.MustCompile(`^(you (can|may) (unsubscribe|opt out|cancel)( at any time| anytime)?[.!]|` +
		`this (site|page|form) is protected by recaptcha\b)`)
	// subscriptionOffer matches, in lower case, a subscription's offer
	// too long for promoLine's bound: the imperative "Subscribe to" and
	// what the plan gives access to: "Subscribe to INQUIRER PLUS to get
	// access to The Philippine Daily Inquirer & other 70+ titles, share up
	// to 5 gadgets, listen to the news ...".
	// commentsPolicy matches, in lower case, the rules of a comment
	// section or the outlet's account of itself, however long: "Ahram
	// Online welcomes readers' comments on all issues covered by the site
	// ... Readers are asked to limit their comments to 1,000 characters",
	// "XYZ is an impartial platform & does not necessarily share the views
	// of opinion writers", "At XYZ, we firmly believe in the importance of
	// high-quality journalism".
	commentsPolicy = regexp.MustCompile(`\b(welcomes?|invites?) (readers['’]? |your )?comments\b|\breaders are asked to limit\b|` +
		`\bcomments (will|shall) be moderated\b|\bdoes not necessarily (share|reflect) the views\b|^at [^,.]{1,40}, we (firmly )?believe\b`)
	// policyWords prefilter commentsPolicy.
	policyWords       = []string{"comments", "necessarily", "we believe", "we firmly believe"}
	subscriptionOffer = regexp.MustCompile(`^subscribe (now )?(to|for) [^.]{1,60}\b(to get|to enjoy|for|and get) ` +
		`(unlimited |full |instant |digital )*access\b`)
)

// isPromoLine reports whether a line of n words, given in lower case,
// advertises the page's newsletters, subscriptions or apps.
func isPromoLine(lower string, n int) bool {
	if n == 0 {
		return false
	}
	if containsAny(lower, policyWords) && commentsPolicy.MatchString(lower) {
		return true
	}
	if n > maxCreditWords {
		return false
	}
	if signUpNote.MatchString(lower) {
		return true
	}
	if strings.HasPrefix(lower, "catch all the ") && promoLine.MatchString(lower) {
		return true // "Catch all the World News, Breaking News ... on Live Mint. Download The Mint News App ..."
	}
	if n > maxPromoWords {
		return strings.Contains(lower, "newsletter") && (strings.Contains(lower, " your inbox") || strings.Contains(lower, "by signing up")) || // "Sign up to the Front Page newsletter for free: ... direct to your inbox seven days a week."
			subscriptionOffer.MatchString(lower)
	}
	return containsAny(lower, promoWords) && promoLine.MatchString(lower)
}

// maxAppLinkWords bounds a line of links to the site's app and channels.
const maxAppLinkWords = 16

// appLinkWords close the links to a site's app, channels and feeds.
var appLinkWords = map[string]bool{"app": true, "apps": true, "channel": true, "channels": true, "newsletter": true,
	"newsletters": true, "podcast": true, "podcasts": true, "feed": true, "feeds": true, "account": true, "page": true}

// isAppLinks reports whether line is links to the site's app and channels
// between bars, and nothing else: "Harbour News app | KakaoTalk channel",
// "Telegram channel | YouTube channel | Podcast". Each link is a few
// capitalised words closed by what it leads to; a story's line between
// bars says more.
func isAppLinks(line string) bool {
	if !strings.Contains(line, " | ") {
		return false
	}
	for _, it := range strings.Split(line, " | ") {
		words := strings.Fields(it)
		if len(words) == 0 || len(words) > maxLabelWords || !appLinkWords[strings.ToLower(words[len(words)-1])] {
			return false
		}
		for _, w := range words[:len(words)-1] {
			if !isLabelWord(w) {
				return false
			}
		}
	}
	return true
}

// A page's boxes go on below their first line: a newsletter's sign-up
// line lists the outlet's newsletters, each a name and a blurb ("The
// Weekly Report: A weekly roundup of Harbour Times' most-read stories"),
// and an outlet's appeal to its readers runs from its head ("A message
// from The Harbour Times:", "Dear readers,") over a paragraph or two on
// the outlet's plight to the plea that closes it ("Support us today.").
// The names in them are the outlet's and its troubles', not the story's
// actors.

// newsletterWords are in every entry of a list of newsletters, in its
// name or its blurb, in lower case: a schedule, a digest's word, the
// inbox it goes to.
var newsletterWords = []string{"daily", "weekly", "monthly", "morning", "evening", "roundup", "round-up", "digest",
	"briefing", "brief", "report", "newsletter", "bulletin", "inbox", "top stories", "headlines", "most-read",
	"must-read", "best of", "delivered", "dispatch", "every "}

// isNewsletterEntry reports whether line, right under a newsletter's
// sign-up line or another entry, is one newsletter of a list: its name,
// a few words in title case, a colon and a blurb on what it brings ("The
// Daily Report: Start your day right with Harbour Times' top stories").
// A speaker's line ("Kim Jong Un: We will respond to any attack.") names
// no schedule or digest, and a quote is no blurb.
func isNewsletterEntry(line string) bool {
	name, blurb, ok := strings.Cut(line, ": ")
	if !ok || !isLabelLine(name) || !isTitleLine(name) {
		return false
	}
	blurb = strings.TrimSpace(blurb)
	if blurb == "" || strings.ContainsAny(blurb[:1], "\"“'‘") {
		return false
	}
	return containsAny(strings.ToLower(line), newsletterWords)
}

// maxAppealHeadWords bounds the head of an outlet's appeal to its readers,
// and maxAppealLines the lines from it to the plea closing the appeal.
const (
	maxAppealHeadWords = 8
	maxAppealLines     = 6
)

// appealButtons are the buttons under an appeal's plea, in lower case.
var appealButtons = map[string]bool{"continue": true, "donate": true, "donate now": true, "support us": true, "support": true,
	"subscribe": true, "contribute": true, "become a member": true, "not now": true, "maybe later": true, "close": true}

var (
	// appealHead matches, in lower case, the head of an outlet's appeal
	// to its readers: "a message from the harbour times:", "dear readers,".
	appealHead = regexp.MustCompile(`^(?:an? )?(?:message|note|letter|word|appeal) (?:from|by) [^.!?]{1,60}:$|` +
		`^dear (?:readers?|subscribers?|friends|supporters?|members?)[,!:]?$`)
	// appealPlea matches, in lower case, the plea closing an outlet's
	// appeal, its line's last sentence: "support us today.", "please
	// donate now!", "become a member of the harbour times."
	appealPlea = regexp.MustCompile(`(?:^|[.!?]["”]? )(?:please )?(?:support (?:us|our (?:work|journalism|newsroom))|donate|` +
		`make a (?:donation|contribution)|become (?:a|our) (?:member|supporter|patron|subscriber|donor)|subscribe)\b[^.!?]{0,60}[.!]?$`)
)

// appealEnd returns the end of an outlet's appeal to its readers when
// line, ending at end in text, is its head ("A message from The Harbour
// Times:", "Dear readers,"), or 0: the appeal closes with a plea on a
// line of its own or after the last line's sentences ("... silence
// independent journalism in Russia. Support us today."), at most
// maxAppealLines lines below the head, and takes in a button under the
// plea ("Continue", "Donate"). A head whose lines close with no plea (a
// letter quoted by the story) is no appeal's.
func appealEnd(text, line string, end int) int {
	lower := strings.ToLower(line)
	if !strings.HasSuffix(lower, ":") && !strings.HasPrefix(lower, "dear ") || !appealHead.MatchString(lower) {
		return 0
	}
	lines := 0
	for start := end + 1; start < len(text) && lines < maxAppealLines; {
		e := lineEnd(text, start)
		l := strings.TrimSpace(text[start:e])
		start = e + 1
		if l == "" {
			continue
		}
		lines++
		if !appealPlea.MatchString(strings.ToLower(l)) {
			continue
		}
		if next := nextLine(text[e:]); appealButtons[strings.ToLower(strings.TrimRight(next, ".!→>» "))] {
			return e + strings.Index(text[e:], next) + len(next) // "Continue"
		}
		return e
	}
	return 0
}
