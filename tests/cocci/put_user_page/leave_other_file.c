// The page is kept in a struct field and released in another file, as
// vmci_host.c's notify page (released in vmci_context.c).
// report: get_user_pages_fast() in set_notify(): leave: no release of the pages in this file
struct ctx {
	struct page *notify_page;
	bool *notify;
};

static int set_notify(struct ctx *c, unsigned long uva)
{
	if (get_user_pages_fast(uva, 1, FOLL_WRITE, &c->notify_page) != 1)
		return -EFAULT;
	c->notify = kmap(c->notify_page);
	return 0;
}
