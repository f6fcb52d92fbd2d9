// The counter is declared in the block of the loop, as in ublk.
// report: get_user_pages_fast() in f(): convert to pin_user_pages*() and unpin_user_page*()
static int f(int n, struct page **p, unsigned long a)
{
	int done = 0;

	while (done < n) {
		unsigned i, len;
		int got = get_user_pages_fast(a, n, FOLL_WRITE, p);

		len = copy_pages(p, got);
		for (i = 0; i < got; i++)
			put_page(p[i]);
		done += got + len;
	}
	return done;
}
