// A local array released on the error path, and kept in a struct field
// on success, to be released by another function, as e500_mmu does.
// report: get_user_pages_remote() in setup(): convert to pin_user_pages*() and unpin_user_page*()
struct vcpu {
	struct page **shared;
	int nr_shared;
};

static void teardown(struct vcpu *v)
{
	int i;

	for (i = 0; i < v->nr_shared; i++) {
		set_page_dirty_lock(v->shared[i]);
		put_page(v->shared[i]);
	}
	v->nr_shared = 0;
}

static int setup(struct vcpu *v, struct mm_struct *mm, unsigned long uaddr, int n)
{
	struct page **pages;
	void *virt;
	int ret, i;

	pages = kmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	ret = get_user_pages_remote(mm, uaddr, n, FOLL_WRITE, pages, NULL, NULL);
	if (ret != n)
		goto put_pages;
	virt = vmap(pages, n, VM_MAP, PAGE_KERNEL);
	if (!virt)
		goto put_pages;
	v->shared = pages;
	v->nr_shared = n;
	return 0;
put_pages:
	for (i = 0; i < ret; i++)
		put_page(pages[i]);
	kfree(pages);
	return -EFAULT;
}
